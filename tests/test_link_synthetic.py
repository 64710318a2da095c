"""The synthetic chains written blind to the tool (corpus/synthetic, FIRST_SIGHT.md fifth, thirteenth, seventeenth
to fiftieth rounds): a resolution (a directive in the second, the fifth, the twenty-fifth and the
twenty-ninth, a conclusion in the thirtieth), the plan that
cites it, the report on the plan. Floors on their task links, progress and statuses (bench/link_eval.py's scoring; the
documents are the project's own, so this runs everywhere). The first chain at first sight: links 0.89 and 0.96
recall in the top three, progress 0.12, statuses 0.68; the floors hold what the rules since won (progress 0.75,
statuses 0.78). The second at first sight: links 0.78 and 0.97, progress 0.78, statuses 0.60 (links 0.81 since a
section's weak best link is kept; statuses 0.66 since a report's "chậm tiến độ" before the deadline is work under
way); one of its gold tasks is the second sentence of a numbered item, which the extractor keeps as one task. The
third (grassroots health care, the seventeenth round) at first sight: links 0.76 and 1.00, progress 0.57, statuses
0.24 (0.71 since a report's columns "Kết quả đến ..." and "Đánh giá" are read as what each row reached and its
verdict). The fourth (digital transformation in education, the eighteenth round) at first sight: links 0.88 and
1.00, progress 0.56, statuses 0.58. The fifth (household solid waste, the nineteenth round, a directive's chain) at
first sight: links 1.00 and 0.97, progress 0.35 (0.82 since a report's "hai tỷ lệ này lần lượt ..." reads the
indicators before it, each target takes its own year's value, and indicator words weigh by how few targets use
them), statuses 0.65 (0.71). The sixth (social housing, the twentieth round, a people's council resolution's chain)
at first sight: links 1.00 and 0.97, progress 0.67 (0.72 since a value written "240/720 căn hộ" speaks of the target
of 720), statuses 0.55. The seventh (vocational training and jobs, the twenty-first round, a standing committee's
resolution and a department's report) at first sight: links 0.98 and 1.00, progress 0.74, statuses 0.38 (0.59 since a
progress cell's "Đang làm" is work under way). The eighth (forests, the twenty-second round, a people's council
resolution and a department's report) at first sight: links 0.91 and 0.97, progress 0.81, statuses 0.54.
Since the twentieth session, work told by its count ("đã thực hiện 12 số"), the bodies' own plans counted and the
standing office's report raised the statuses of seven chains (0.57 to 0.84); the second's fell 0.66 -> 0.63: its plan's
II.7 holds two tasks read as one, and the column's count that belongs to the second now marks the first in progress.
The ninth (riverbank and coastal erosion, the twenty-third round, a directive's chain) at first sight: links 0.98 and
1.00, progress 0.29 (0.43 since a target beyond the report's year is reached by the sum so far), statuses 0.54
(0.59 with the three status rules above, written before it was seen; 0.78 since a status cell merged over two
rows speaks for both and a count of the bodies' plans without a word of progress is work under way).
The tenth (OCOP products and farm produce online, the twenty-fourth round, a standing committee's conclusion and a
people's committee's report whose annex gives results in free text only) at first sight: links 1.00 and 1.00,
progress 0.22 (0.43 since a yearly step's label before its colon names what it measures), statuses 0.20 (0.69 since
a result written out is judged as staff judge it; 0.71 since a row listing two short works speaks of each, which
also raised the seventh to 0.74 and the eighth to 0.63; progress 0.48 since a report's step that names only its span
is measured by its item's label).
The eleventh (food safety, the twenty-fifth round, a standing committee's directive and the health department's report
whose progress column mixes status words with free text) at first sight: links 0.96 and 0.97 recall in the top three,
progress 0.35 (0.50 since a step's span names its item's label and samples and chains are counted), statuses 0.57
(0.65 since a cell "Đạt 90,3%" is short of the whole and a step named by its verb, "đang lựa chọn nhà thầu", is under
way; progress 0.54 since a rate "từ 70% trở lên" is its level).
The twelfth (the collective economy, the twenty-sixth round, a party executive committee's resolution and the finance
department's report with a free-text result column and a verdict column) at first sight: links 1.00 and 0.96 recall
in the top three, progress 0.45 (0.48 since a rate "từ 70% trở lên" is its level), statuses 0.59 (0.62 since a
sentence honouring a count of cooperatives is work going on; lenient 0.69 -> 0.75 with a verdict "Chậm tiến độ"
beside a result finished on a day read as done, late; 0.66 since a task of stages runs to its last, which raised nine
chains and lowered the ninth, 0.78 -> 0.70).
The thirteenth (drug control, the twenty-seventh round, a party standing board's action programme, the provincial
police's plan as its standing body and the police's report, whose appendix groups its rows under headings of its own)
at first sight: links 0.98 and 1.00 recall in the top three, progress 0.57, statuses 0.56 (0.65 since a row of an
assignment table holds its stages in its time cell; 0.68 since a short title of two works speaks of each even when one
part is long).
The fourteenth (cultural heritage, the twenty-eighth round, the first at the centre: a Prime Minister's decision
approving a national programme, the ministry's plan and the ministry's report to the Prime Minister) at first sight:
links 0.93 and 0.97 recall in the top three, progress 0.39, statuses 0.66; the floors hold those.
The fifteenth (multidimensional poverty, the twenty-ninth round, the first wholly at a commune: the commune party
committee's resolution, the commune people's committee's plan and its report, whose progress column is short words)
at first sight: links 0.89 and 1.00 recall in the top three, progress 0.44 (36 targets), statuses 0.51 (lenient 0.73);
the floors hold those. Since the twenty-seventh session a step that names only its time reads its count's indicator
and a share after a count is that count's share: progress of the fifth 0.82 -> 0.88, the ninth 0.43 -> 0.52, the tenth
0.48 -> 0.57, the fifteenth 0.44 -> 0.53.
The sixteenth (rural roads, the thirtieth round: a people's council resolution, the people's committee's plan with an
annex of named roads and bridges, the construction department's report with a line on each works) at first sight:
links 0.87 and 0.97 recall in the top three, progress 0.46 (24 targets), statuses 0.18 (lenient 0.26; 0.34 since a
line on a named works speaks of the annex row for it, a works' share built is under way, and a sentence is read by
its main clause, not its reason).
The seventeenth (tourism, the thirty-first round: a standing board's resolution, the people's committee's plan, the
culture department's report) at first sight: links 0.93 and 0.93 recall in the top three, progress 0.44 (32 targets),
statuses 0.35 over the 49 of 61 gold tasks the bench found (0.31 over all 61 since a statement over its line of doers
is one task and a task may start after the body its heading names; 0.41 since a share of a works done is under way,
"đi vào hoạt động" is done, and a sentence that opens with a named works speaks of its annex row, which raised the
sixteenth to 0.37).
The eighteenth (the care of older people, the thirty-second round: a people's council's resolution, the people's
committee's plan, the health department's report) at first sight: links 0.84 and 0.91 recall in the top three,
progress 0.55 (22 targets), statuses 0.46 over 54 tasks (evidence precision 0.22). Since a yearly average rate is
told by the year's rise or fall and a count whose noun names the thing by that noun, the fourteenth's progress rose
0.39 -> 0.44, the fifteenth's 0.53 -> 0.56 and the seventeenth's 0.44 -> 0.53.
The nineteenth (sending workers abroad, the thirty-third round: a standing committee's resolution, the people's
committee's plan, the home affairs department's report dated after the day its figures stand on) at first sight:
links 0.89 and 0.89, progress 0.52 (23 targets), statuses 0.10 over 51 tasks (none informed: the report is dated 14/5
and its gold asks about 30/4, the day its figures stand on; 0.29 since a report speaks of the day of its data cut-off).
Since a report's sentence speaks of a task wherever the plan states it (its body task, the duty of the body that
leads it, its annex row), the statuses of eight chains rose (the sixteenth 0.37 -> 0.45, the seventeenth 0.41 ->
0.48, the eighteenth 0.46 -> 0.54; the mean of all 0.658 -> 0.678).
The twentieth (digital transformation and digital government, the thirty-fourth round: a standing committee's
resolution, the people's committee's plan with an annex of tasks, the science and technology department's report) at
first sight: links 0.94 and 0.88 (top1 0.90 and 0.72), progress 0.64 (28 targets), statuses 0.49 over 59 tasks.
Since a sentence that says how much of a whole is reached ("Có 9/14 bệnh viện triển khai ...") is work under way
when nothing says more, its statuses rose to 0.58, and seven other chains' with them (the seventeenth 0.48 -> 0.51,
the fifth 0.87 -> 0.90; the mean of twenty 0.648 -> 0.661).
The twenty-first (irrigation and natural-disaster prevention, the thirty-fifth round, the second from the centre: the
Government's resolution with an annex of tasks, one province's plan, its agriculture and environment department's
report) at first sight: links 0.94 and 0.90 (top1 0.92 and 0.70), progress 0.43 (21 targets), statuses 0.57 over 63
tasks. Since a progress cell that reaches one year's figure of a task set for several ("Đạt chỉ tiêu năm 2027") is
work going on, its statuses rose to 0.67 (the mean of twenty-one 0.662).
The twenty-second (occupational safety and health, the thirty-sixth round: a provincial standing committee's
directive, the people's committee's plan with an annex of tasks, the home affairs department's report with an annex
of targets and a verdict column) at first sight: links 0.82 and 0.97 (top1 0.70 and 0.83), progress 0.40 (25
targets), statuses 0.23 over 57 tasks. Since a target's "Chưa đạt" is work under way, a verdict "Đạt" or "Vượt" on a
year's figure short of the whole is a step of a task that runs on, a report's "chưa đạt lộ trình" is work going on and
an event held on a day is done, its statuses rose to 0.47, the nineteenth's 0.29 -> 0.49, the twentieth's 0.58 ->
0.68 (the mean of twenty-two 0.674).
The twenty-third (child protection, the thirty-seventh round: a provincial standing committee's conclusion, the
people's committee's plan with an annex of tasks, the health department's report with annexes of targets and tasks)
at first sight: links 0.88 and 0.94 (top1 0.81 and 0.79), progress 0.35 (20 targets), statuses 0.69 over 68 tasks.
Since what a figure measures reads through an age that qualifies its noun and a pair of places written with a comma,
its progress rose to 0.60 (the third's 0.71 -> 0.79). Status rules of the session (work counted in cases or money,
a pilot started, a document cited by its number left out of the words matched, bodies asked for their own plans by
the heading over them, a table of targets silent on a regulation to issue) raised the sixteenth's statuses 0.45 ->
0.53, the seventeenth's 0.54 -> 0.57, the nineteenth's 0.49 -> 0.57, the twenty-first's 0.67 -> 0.68 and the
twenty-second's 0.47 -> 0.49 (the mean of twenty-three 0.684).
The twenty-fourth (organic farming, the thirty-eighth round: a provincial party committee's resolution, the people's
committee's plan with an annex of tasks, the agriculture department's report with an annex of targets written one cell
a line) at first sight: links 0.92 and 0.90 (top1 0.84 and 0.90), progress 0.40 (20 targets), statuses 0.49 over 57
tasks. Since groups formed or products recognised, counted, are work under way, and a value that is the next row's
number stays in its row, its statuses rose to 0.58 (the seventeenth's 0.57 -> 0.59), its report's links to 0.93 and
its progress to 0.45 (the mean of twenty-four 0.681).
The twenty-fifth (road traffic safety, the thirty-ninth round: a provincial standing committee's directive, the plan
with an annex of tasks, the provincial police's report with an annex of targets) at first sight: links 0.95 and 0.94
(top1 0.92 and 0.85), progress 0.19 (16 targets), statuses 0.59 over 54 tasks. Since black spots and cameras are
counted in their own nouns and targets named under a report's part on results read as results, its progress rose to
0.56 (the sixteenth's 0.46 -> 0.54, the twenty-second's 0.40 -> 0.44, the twenty-fourth's statuses 0.58 -> 0.60; the
mean of twenty-five 0.678).
The twenty-sixth (industrial parks and clusters, the fortieth round: a provincial party committee's resolution, the
people's committee's plan with an annex of tasks, the department of industry and trade's report) at first sight: links
0.95 and 0.83 (top1 0.84 and 0.58), progress 0.42 (26 targets), statuses 0.45 over 44 tasks. Since a target set for
every year is told by the year's figure, its progress rose to 0.46 (the nineteenth's 0.52 -> 0.61; the twenty-fourth's
0.45 -> 0.40, see its floor); its statuses stayed 0.45 (the mean of twenty-six 0.669).
The twenty-seventh (the start-up and innovation ecosystem, the forty-first round: a provincial standing committee's
resolution, the people's committee's plan with an annex of tasks, the department of science and technology's report)
at first sight: links 0.92 and 0.93 (top1 0.88 and 0.67), progress 0.30 (20 targets), statuses 0.10 over 50 tasks:
the report, dated after the day the gold asks about, said the day its figures stand on only over its table of results,
which was not read. Since it is read anywhere in a report, its statuses rose to 0.60; since a statement is matched to
a task by the share of the task's words found in it too, the twenty-six before it rose from 0.669 to 0.700 on the mean
(sixteen up, five down; Chain10's and Chain11's floors lowered with the reason).
The twenty-eighth (transport infrastructure, the forty-second round: a provincial party committee's resolution, the
people's committee's action programme with a table of targets by year and an annex of tasks, its two-year report dated
early in 2028 on figures to the end of 2027) at first sight: links 0.98 and 0.94 (top1 0.90 and 0.77), progress 0.26
(38 targets), statuses 0.63 over 57 tasks. Since a one-milestone task ("Khởi công cầu ...") is done once the report
says the milestone happened, its statuses rose to 0.68 (no other chain moved); its progress reads 0.66 since the bench
finds a gold target in a section inside the gold's (the programme's table rows are sections of their own).
The twenty-ninth (cultural industries, the forty-third round: a provincial party standing committee's directive, the
culture department's plan carrying it out with annexes of yearly targets and tasks, the department's one-year report)
at first sight: links 0.82 and 0.94 (top1 0.73 and 0.88), progress 0.28 (36 targets), statuses 0.56 over 63 tasks
(six gold tasks, one per work the plan lists under a works item, are no tasks of the extraction). Since a duty that
hands a body the tasks of other sections by their numbers stands where those tasks stand, and an event held is done,
its statuses rose to 0.65 (Chain19 and Chain25 rose too, no chain fell).
The thirtieth (the marine economy, the forty-fourth round: a provincial party standing committee's conclusion, the
people's committee's plan carrying it out with annexes of yearly targets and tasks, the agriculture and environment
department's one-year report) at first sight: links 0.92 and 0.97 (top1 0.85 and 0.97), progress 0.82 (57
targets), statuses 0.50 over 50 of its 57 tasks (seven gold tasks are no tasks of the extraction: the plan's works
list, and a dash split in two by its two deadlines); since, a task whose part ends in a submission is done when
the report says it was submitted: statuses 0.52.
The thirty-first (rural clean water, the forty-fifth round: a people's council's thematic resolution, the people's
committee's plan carrying it out with an annex of tasks, the committee's report to the council a year on) at first
sight: links 0.94 and 0.93 (top1 0.90 and 0.89), progress 0.69 (55 targets), statuses 0.48 over its 63 tasks; no
rule since has moved it.
The thirty-second (the private economy, the forty-sixth round: a provincial party committee's resolution, the people's
committee's action programme with an annex of tasks, the finance department's report on the programme) at first
sight: links 0.87 and 1.00 (top1 0.85 and 0.94), progress 0.59 (34 targets), statuses 0.06 over 49 of its 52 tasks
(its works are no tasks of the extraction): the report, written on 16/12 about 30/11, was set aside as written
after the day asked about; since its opening's "tính đến ngày 30/11/2028" and its title's "(từ tháng 9/2027 đến
tháng 11/2028)" give its figures' day, statuses 0.35.
The thirty-third (reservoir and dam safety, the forty-seventh round: a provincial party standing committee's
resolution, the people's committee's plan with an annex of tasks, the agriculture and environment department's report
on the plan) at first sight: links 0.93 and 0.95 (top1 0.87 and 0.72), progress 0.52 (21 targets), statuses 0.14 over
its 42 tasks: the report, written on 8/7 on figures "tổng hợp đến ngày 30/6/2028", was set aside as written after the
day asked about; since "số liệu tổng hợp (thống kê, cập nhật) đến ngày" gives its figures' day, statuses 0.64.
The thirty-fourth (household solid waste, the forty-eighth round: a provincial party committee's resolution with
thirteen named works, the people's committee's plan grouped by department with an annex one cell a line, the
agriculture and environment department's report with a table of results) at first sight: links 0.91 and 1.00
(top1 0.85 and 0.91), progress 0.52 (27 targets), statuses 0.62 over the 48 tasks it holds of its 49 (one the
extraction does not hold: the duties of "IV Các sở, ngành, địa phương" read as one).
The thirty-fifth (grassroots cultural and sports facilities, the forty-ninth round: a standing committee's
resolution numbered "I-", "1-", "2.1-", the people's committee's plan grouped by department with an annex one cell a
line, the culture, sports and tourism department's report with a pipe table of results) at first sight: links 0.90
and 0.92 (top1 0.87 and 0.86), progress 0.36 (22 targets), statuses 0.55 over the 42 tasks it holds of its 44 (the
stadium and the sports hall of the plan's "II.3" are works, no tasks of the extraction); unchanged at the end of the
session.
The thirty-sixth (cold storage and farm logistics, the fiftieth round: a provincial committee's resolution, the
people's committee's plan with a year-by-year roadmap and an annex of thirteen tasks, the industry and trade
department's report with a table of results) at first sight: links 0.97 and 1.00 (top1 0.89 and 0.97), progress 0.58
(24 targets), statuses 0.58 over all its 33 tasks; unchanged at the end of the session.
"""
from __future__ import annotations

from bench.link_eval import GOLD_DIRS, evaluate, evaluate_status

SYNTHETIC = (GOLD_DIRS[1],)


# (gold file, floor on its recall in the top three, floor on its progress accuracy and its number of targets)
LINK_FLOORS = [
    ("Chain_KH-UBND_2025_thuc-hien-NQ_to_Chain_NQ-TU_2025_kinh-te-tu-nhan.json", 0.95, None),
    ("Chain_BC_2026_ket-qua-thuc-hien-KH_to_Chain_KH-UBND_2025_thuc-hien-NQ.json", 0.90, (0.75, 16)),
    ("Chain2_KH-UBND_2026_thuc-hien-CT_to_Chain2_CT-TTg_2026_chi-thi.json", 0.90, None),
    ("Chain2_BC-UBND_2027_ket-qua-thuc-hien_to_Chain2_KH-UBND_2026_thuc-hien-CT.json", 0.95, (0.95, 9)),
    ("Chain3_KH-UBND_2026_thuc-hien-NQ_to_Chain3_NQ-TU_2026_y-te-co-so.json", 0.95, None),
    ("Chain3_BC-UBND_2027_ket-qua-thuc-hien_to_Chain3_KH-UBND_2026_thuc-hien-NQ.json", 0.95, (0.75, 14)),
    ("Chain4_KH-UBND_2026_thuc-hien-NQ_to_Chain4_NQ-HDND_2026_chuyen-doi-so-giao-duc.json", 0.95, None),
    ("Chain4_BC-SGDDT_2027_so-ket-6-thang_to_Chain4_KH-UBND_2026_thuc-hien-NQ.json", 0.95, (0.85, 16)),
    ("Chain5_KH-UBND_2026_thuc-hien-CT_to_Chain5_CT-TU_2026_chat-thai-ran-sinh-hoat.json", 0.95, None),
    ("Chain5_BC-SNNMT_2027_ket-qua-01-nam_to_Chain5_KH-UBND_2026_thuc-hien-CT.json", 0.95, (0.85, 17)),
    ("Chain6_KH-UBND_2026_thuc-hien-NQ_to_Chain6_NQ-HDND_2026_nha-o-xa-hoi.json", 0.95, None),
    ("Chain6_BC-UBND_2027_ket-qua-01-nam_to_Chain6_KH-UBND_2026_thuc-hien-NQ.json", 0.95, (0.70, 18)),
    ("Chain7_KH-UBND_2026_thuc-hien-NQ_to_Chain7_NQ-BTVTU_2026_dao-tao-nghe-viec-lam.json", 0.95, None),
    ("Chain7_BC-SNV_2027_ket-qua-01-nam_to_Chain7_KH-UBND_2026_thuc-hien-NQ.json", 0.95, (0.70, 23)),
    ("Chain8_KH-UBND_2026_thuc-hien-NQ_to_Chain8_NQ-HDND_2026_bao-ve-phat-trien-rung.json", 0.90, None),
    ("Chain8_BC-SNNMT_2027_ket-qua-01-nam_to_Chain8_KH-UBND_2026_thuc-hien-NQ.json", 0.95, (0.80, 16)),
    ("Chain9_KH-UBND_2026_thuc-hien-CT_to_Chain9_CT-TU_2026_sat-lo-bo-song-bo-bien.json", 0.95, None),
    ("Chain9_BC-SNNMT_2027_ket-qua-01-nam_to_Chain9_KH-UBND_2026_thuc-hien-CT.json", 0.95, (0.50, 21)),
    ("Chain10_KH-UBND_2026_thuc-hien-KL_to_Chain10_KL-TU_2026_ocop-tieu-thu-nong-san.json", 0.95, None),
    ("Chain10_BC-UBND_2027_ket-qua-01-nam_to_Chain10_KH-UBND_2026_thuc-hien-KL.json", 0.95, (0.55, 23)),
    ("Chain11_KH-UBND_2026_thuc-hien-CT_to_Chain11_CT-TU_2026_an-toan-thuc-pham.json", 0.95, None),
    ("Chain11_BC-SYT_2027_ket-qua-01-nam_to_Chain11_KH-UBND_2026_thuc-hien-CT.json", 0.95, (0.50, 26)),
    ("Chain12_KH-UBND_2026_thuc-hien-NQ_to_Chain12_NQ-TU_2026_kinh-te-tap-the.json", 0.95, None),
    ("Chain12_BC-STC_2027_ket-qua-01-nam_to_Chain12_KH-UBND_2026_thuc-hien-NQ.json", 0.95, (0.45, 29)),
    ("Chain13_KH-CAT_2026_thuc-hien-CTr_to_Chain13_CTr-TU_2026_phong-chong-ma-tuy.json", 0.95, None),
    ("Chain13_BC-CAT_2027_ket-qua-01-nam_to_Chain13_KH-CAT_2026_thuc-hien-CTr.json", 0.95, (0.55, 21)),
    ("Chain14_KH-BVHTTDL_2026_trien-khai-QD_to_Chain14_QD-TTg_2026_di-san-van-hoa.json", 0.90, None),
    ("Chain14_BC-BVHTTDL_2027_ket-qua-01-nam_to_Chain14_KH-BVHTTDL_2026_trien-khai-QD.json", 0.95, (0.40, 18)),
    ("Chain15_KH-UBND_2026_thuc-hien-NQ_to_Chain15_NQ-DU_2026_giam-ngheo-da-chieu.json", 0.85, None),
    ("Chain15_BC-UBND_2027_ket-qua-01-nam_to_Chain15_KH-UBND_2026_thuc-hien-NQ.json", 0.95, (0.55, 36)),
    ("Chain16_KH-UBND_2026_thuc-hien-NQ_to_Chain16_NQ-HDND_2026_giao-thong-nong-thon.json", 0.85, None),
    ("Chain16_BC-SXD_2027_ket-qua-01-nam_to_Chain16_KH-UBND_2026_thuc-hien-NQ.json", 0.95, (0.45, 24)),
    ("Chain17_KH-UBND_2026_thuc-hien-NQ_to_Chain17_NQ-BTVTU_2026_phat-trien-du-lich.json", 0.90, None),
    ("Chain17_BC-SVHTTDL_2027_ket-qua-01-nam_to_Chain17_KH-UBND_2026_thuc-hien-NQ.json", 0.90, (0.50, 32)),
    ("Chain18_KH-UBND_2026_thuc-hien-NQ_to_Chain18_NQ-HDND_2026_cham-soc-nguoi-cao-tuoi.json", 0.80, None),
    ("Chain18_BC-SYT_2027_ket-qua-01-nam_to_Chain18_KH-UBND_2026_thuc-hien-NQ.json", 0.90, (0.50, 22)),
    ("Chain19_KH-UBND_2026_thuc-hien-NQ_to_Chain19_NQ-BTVTU_2026_dua-nguoi-lao-dong-di-lam-viec-nuoc-ngoai.json", 0.85, None),
    ("Chain19_BC-SNV_2027_ket-qua-01-nam_to_Chain19_KH-UBND_2026_thuc-hien-NQ.json", 0.85, (0.50, 23)),
    ("Chain20_KH-UBND_2026_thuc-hien-NQ_to_Chain20_NQ-BTVTU_2026_chuyen-doi-so-chinh-quyen-so.json", 0.90, None),
    ("Chain20_BC-SKHCN_2027_ket-qua-01-nam_to_Chain20_KH-UBND_2026_thuc-hien-NQ.json", 0.85, (0.60, 28)),
    ("Chain21_KH-UBND_2026_thuc-hien-NQ_to_Chain21_NQ-CP_2026_thuy-loi-phong-chong-thien-tai.json", 0.90, None),
    ("Chain21_BC-SNNMT_2027_ket-qua-01-nam_to_Chain21_KH-UBND_2026_thuc-hien-NQ.json", 0.85, (0.40, 21)),
    ("Chain22_KH-UBND_2026_thuc-hien-CT_to_Chain22_CT-BTVTU_2026_an-toan-ve-sinh-lao-dong.json", 0.80, None),
    ("Chain22_BC-SNV_2027_ket-qua-01-nam_to_Chain22_KH-UBND_2026_thuc-hien-CT.json", 0.95, (0.40, 25)),
    ("Chain23_KH-UBND_2026_thuc-hien-KL_to_Chain23_KL-BTVTU_2026_bao-ve-tre-em.json", 0.85, None),
    ("Chain23_BC-SYT_2027_ket-qua-01-nam_to_Chain23_KH-UBND_2026_thuc-hien-KL.json", 0.90, (0.60, 20)),
    ("Chain24_KH-UBND_2026_thuc-hien-NQ_to_Chain24_NQ-TU_2026_phat-trien-nong-nghiep-huu-co.json", 0.90, None),
    # (0.45 -> 0.40 since a target set for every year is told by the year's figure: its gold reads the 2.315 farmers
    # trained against 2.000 a year as on track where a year above the yearly figure is met, and leaves the rise in
    # certified area (764 ha over seventeen months) with no data)
    ("Chain24_BC-SNNMT_2027_ket-qua-01-nam_to_Chain24_KH-UBND_2026_thuc-hien-NQ.json", 0.90, (0.40, 20)),
    ("Chain25_KH-UBND_2026_thuc-hien-CT_to_Chain25_CT-BTVTU_2026_trat-tu-an-toan-giao-thong.json", 0.90, None),
    ("Chain25_BC-CAT_2027_ket-qua-01-nam_to_Chain25_KH-UBND_2026_thuc-hien-CT.json", 0.90, (0.55, 16)),
    ("Chain26_KH-UBND_2026_thuc-hien-NQ_to_Chain26_NQ-BCHTU_2026_phat-trien-khu-cum-cong-nghiep.json", 0.95, None),
    ("Chain26_BC-SCT_2027_ket-qua-01-nam_to_Chain26_KH-UBND_2026_thuc-hien-NQ.json", 0.80, (0.45, 26)),
    ("Chain27_KH-UBND_2026_thuc-hien-NQ_to_Chain27_NQ-BTVTU_2026_he-sinh-thai-khoi-nghiep-doi-moi-sang-tao.json",
     0.90, None),
    ("Chain27_BC-SKHCN_2027_ket-qua-01-nam_to_Chain27_KH-UBND_2026_thuc-hien-NQ.json", 0.90, (0.30, 20)),
    ("Chain28_CTr-UBND_2026_hanh-dong-thuc-hien-NQ_to_"
     "Chain28_NQ-BCHTU_2026_phat-trien-ket-cau-ha-tang-giao-thong.json", 0.95, None),
    ("Chain28_BC-UBND_2028_so-ket-02-nam_to_Chain28_CTr-UBND_2026_hanh-dong-thuc-hien-NQ.json", 0.90, (0.65, 38)),
    ("Chain29_KH-SVHTTDL_2027_thuc-hien-CT_to_Chain29_CT-TU_2027_phat-trien-cong-nghiep-van-hoa.json", 0.80, None),
    ("Chain29_BC-SVHTTDL_2028_ket-qua-01-nam_to_Chain29_KH-SVHTTDL_2027_thuc-hien-CT.json", 0.90, (0.25, 36)),
    ("Chain30_KH-UBND_2027_thuc-hien-KL_to_Chain30_KL-TU_2027_phat-trien-kinh-te-bien.json", 0.90, None),
    ("Chain30_BC-SNNMT_2028_ket-qua-thuc-hien-KH_to_Chain30_KH-UBND_2027_thuc-hien-KL.json", 0.95, (0.80, 57)),
    ("Chain31_KH-UBND_2027_thuc-hien-NQ_to_Chain31_NQ-HDND_2027_cap-nuoc-sach-nong-thon.json", 0.90, None),
    ("Chain31_BC-UBND_2028_ket-qua-thuc-hien-NQ_to_Chain31_KH-UBND_2027_thuc-hien-NQ.json", 0.90, (0.65, 55)),
    ("Chain32_CTr-UBND_2027_thuc-hien-NQ_to_Chain32_NQ-TU_2027_phat-trien-kinh-te-tu-nhan.json", 0.85, None),
    ("Chain32_BC-STC_2028_ket-qua-thuc-hien-CTr_to_Chain32_CTr-UBND_2027_thuc-hien-NQ.json", 0.95, (0.55, 34)),
    ("Chain33_KH-UBND_2027_thuc-hien-NQ_to_Chain33_NQ-TU_2027_an-toan-ho-dap.json", 0.90, None),
    ("Chain33_BC-SNNMT_2028_ket-qua-thuc-hien-KH_to_Chain33_KH-UBND_2027_thuc-hien-NQ.json", 0.95, (0.50, 21)),
    ("Chain34_KH-UBND_2027_thuc-hien-NQ_to_Chain34_NQ-TU_2027_chat-thai-ran-sinh-hoat.json", 0.90, None),
    ("Chain34_BC-SNNMT_2028_ket-qua-thuc-hien-KH_to_Chain34_KH-UBND_2027_thuc-hien-NQ.json", 0.95, (0.50, 27)),
    ("Chain35_KH-UBND_2027_thuc-hien-NQ_to_Chain35_NQ-TU_2027_thiet-che-van-hoa-the-thao.json", 0.90, None),
    ("Chain35_BC-SVHTTDL_2028_ket-qua-thuc-hien-KH_to_Chain35_KH-UBND_2027_thuc-hien-NQ.json", 0.90, (0.35, 22)),
    ("Chain36_KH-UBND_2027_thuc-hien-NQ_to_Chain36_NQ-TU_2027_kho-lanh-logistics-nong-san.json", 0.95, None),
    ("Chain36_BC-SCT_2028_ket-qua-thuc-hien-KH_to_Chain36_KH-UBND_2027_thuc-hien-NQ.json", 0.95, (0.55, 24)),
]


def test_chain_links_and_progress_hold():
    got = evaluate(folders=SYNTHETIC)
    for name, recall, progress in LINK_FLOORS:
        assert got[name]["recall@3"] >= recall, name
        if progress:
            assert got[name]["progress_accuracy"] >= progress[0] and got[name]["progress_targets"] == progress[1], name


# (status gold, its number of tasks, how many of them the extraction misses, floor on the statuses' accuracy)
STATUS_FLOORS = [
    ("status_Chain_BC_2026_ket-qua-thuc-hien-KH_on_Chain_KH-UBND_2025_thuc-hien-NQ.json", 37, 0, 0.85),
    ("status_Chain2_BC-UBND_2027_ket-qua-thuc-hien_on_Chain2_KH-UBND_2026_thuc-hien-CT.json", 35, 1, 0.70),
    ("status_Chain3_BC-UBND_2027_ket-qua-thuc-hien_on_Chain3_KH-UBND_2026_thuc-hien-NQ.json", 38, 0, 0.75),
    ("status_Chain4_BC-SGDDT_2027_so-ket-6-thang_on_Chain4_KH-UBND_2026_thuc-hien-NQ.json", 36, 0, 0.75),
    ("status_Chain5_BC-SNNMT_2027_ket-qua-01-nam_on_Chain5_KH-UBND_2026_thuc-hien-CT.json", 31, 0, 0.90),
    ("status_Chain6_BC-UBND_2027_ket-qua-01-nam_on_Chain6_KH-UBND_2026_thuc-hien-NQ.json", 38, 0, 0.65),
    ("status_Chain7_BC-SNV_2027_ket-qua-01-nam_on_Chain7_KH-UBND_2026_thuc-hien-NQ.json", 34, 0, 0.75),
    ("status_Chain8_BC-SNNMT_2027_ket-qua-01-nam_on_Chain8_KH-UBND_2026_thuc-hien-NQ.json", 35, 0, 0.65),
    # (0.78 -> 0.70 since a task of stages runs to its last: its gold judges a construction start missed in its quarter
    # overdue where the work is due two years later; nine other chains rose with the rule)
    ("status_Chain9_BC-SNNMT_2027_ket-qua-01-nam_on_Chain9_KH-UBND_2026_thuc-hien-CT.json", 37, 0, 0.70),
    # (0.77 -> 0.74 since the share of a task's words found in a statement counts: the row to choose a logistics
    # centre's investor, done by then, now hears the report's late sentence in II.2.d (a section its gold names) over
    # its own row, and the Front's task loses a reading from a section its gold does not name; the task to choose five
    # products for their files is now right)
    ("status_Chain10_BC-UBND_2027_ket-qua-01-nam_on_Chain10_KH-UBND_2026_thuc-hien-KL.json", 35, 0, 0.70),
    # (0.70 -> 0.68 since the share of a task's words found in a statement counts: the row to choose a market's
    # investor hears the report's row on the market, under way, which the gold accepts beside its "not started")
    ("status_Chain11_BC-SYT_2027_ket-qua-01-nam_on_Chain11_KH-UBND_2026_thuc-hien-CT.json", 37, 0, 0.65),
    ("status_Chain12_BC-STC_2027_ket-qua-01-nam_on_Chain12_KH-UBND_2026_thuc-hien-NQ.json", 32, 0, 0.65),
    ("status_Chain13_BC-CAT_2027_ket-qua-01-nam_on_Chain13_KH-CAT_2026_thuc-hien-CTr.json", 34, 0, 0.70),
    ("status_Chain14_BC-BVHTTDL_2027_ket-qua-01-nam_on_Chain14_KH-BVHTTDL_2026_trien-khai-QD.json", 35, 0, 0.65),
    ("status_Chain15_BC-UBND_2027_ket-qua-01-nam_on_Chain15_KH-UBND_2026_thuc-hien-NQ.json", 37, 0, 0.50),
    # (one gold task, part V's lead-in paragraph, is no task of the extraction)
    ("status_Chain16_BC-SXD_2027_ket-qua-01-nam_on_Chain16_KH-UBND_2026_thuc-hien-NQ.json", 62, 1, 0.50),
    ("status_Chain17_BC-SVHTTDL_2027_ket-qua-01-nam_on_Chain17_KH-UBND_2026_thuc-hien-NQ.json", 61, 0, 0.65),
    ("status_Chain18_BC-SYT_2027_ket-qua-01-nam_on_Chain18_KH-UBND_2026_thuc-hien-NQ.json", 54, 0, 0.55),
    ("status_Chain19_BC-SNV_2027_ket-qua-01-nam_on_Chain19_KH-UBND_2026_thuc-hien-NQ.json", 51, 0, 0.55),
    ("status_Chain20_BC-SKHCN_2027_ket-qua-01-nam_on_Chain20_KH-UBND_2026_thuc-hien-NQ.json", 59, 0, 0.65),
    ("status_Chain21_BC-SNNMT_2027_ket-qua-01-nam_on_Chain21_KH-UBND_2026_thuc-hien-NQ.json", 63, 1, 0.65),
    ("status_Chain22_BC-SNV_2027_ket-qua-01-nam_on_Chain22_KH-UBND_2026_thuc-hien-CT.json", 57, 0, 0.45),
    # (one gold task, part IV's "Phấn đấu vận động Quỹ ..." line, is no task of the extraction)
    ("status_Chain23_BC-SYT_2027_ket-qua-01-nam_on_Chain23_KH-UBND_2026_thuc-hien-KL.json", 68, 1, 0.65),
    # (one gold task, part IV's "Hằng năm, các cơ quan, đơn vị lập dự toán ..." funding line, is no task of the
    # extraction)
    ("status_Chain24_BC-SNNMT_2027_ket-qua-01-nam_on_Chain24_KH-UBND_2026_thuc-hien-NQ.json", 57, 1, 0.55),
    # (likewise its plan's "Hằng năm, các cơ quan, đơn vị, địa phương xây dựng dự toán ...")
    ("status_Chain25_BC-CAT_2027_ket-qua-01-nam_on_Chain25_KH-UBND_2026_thuc-hien-CT.json", 54, 1, 0.55),
    ("status_Chain26_BC-SCT_2027_ket-qua-01-nam_on_Chain26_KH-UBND_2026_thuc-hien-NQ.json", 44, 0, 0.45),
    ("status_Chain27_BC-SKHCN_2027_ket-qua-01-nam_on_Chain27_KH-UBND_2026_thuc-hien-NQ.json", 50, 0, 0.60),
    ("status_Chain28_BC-UBND_2028_so-ket-02-nam_on_Chain28_CTr-UBND_2026_hanh-dong-thuc-hien-NQ.json", 57, 0, 0.70),
    # (six gold tasks, one per work under the plan's works items ("Nhà hát tỉnh (phường Trà Giang)"), are no tasks of
    # the extraction, which reads each item as one task)
    ("status_Chain29_BC-SVHTTDL_2028_ket-qua-01-nam_on_Chain29_KH-SVHTTDL_2027_thuc-hien-CT.json", 63, 6, 0.65),
    # (the plan's four works, and a dash the gold splits by its two deadlines, are no tasks of the extraction)
    ("status_Chain30_BC-SNNMT_2028_ket-qua-thuc-hien-KH_on_Chain30_KH-UBND_2027_thuc-hien-KL.json", 50, 7, 0.50),
    ("status_Chain31_BC-UBND_2028_ket-qua-thuc-hien-NQ_on_Chain31_KH-UBND_2027_thuc-hien-NQ.json", 63, 0, 0.45),
    # (the programme's three works are no tasks of the extraction)
    ("status_Chain32_BC-STC_2028_ket-qua-thuc-hien-CTr_on_Chain32_CTr-UBND_2027_thuc-hien-NQ.json", 49, 3, 0.30),
    ("status_Chain33_BC-SNNMT_2028_ket-qua-thuc-hien-KH_on_Chain33_KH-UBND_2027_thuc-hien-NQ.json", 42, 0, 0.60),
    ("status_Chain34_BC-SNNMT_2028_ket-qua-thuc-hien-KH_on_Chain34_KH-UBND_2027_thuc-hien-NQ.json", 48, 1, 0.60),
    # (the plan's stadium and sports hall are works, no tasks of the extraction)
    ("status_Chain35_BC-SVHTTDL_2028_ket-qua-thuc-hien-KH_on_Chain35_KH-UBND_2027_thuc-hien-NQ.json", 42, 2, 0.50),
    ("status_Chain36_BC-SCT_2028_ket-qua-thuc-hien-KH_on_Chain36_KH-UBND_2027_thuc-hien-NQ.json", 33, 0, 0.55),
]


def test_chain_statuses_hold():
    rows = evaluate_status(folders=SYNTHETIC)
    for name, tasks, missing, accuracy in STATUS_FLOORS:
        got = rows[name]
        assert got["tasks"] == tasks and len(got["missing"]) == missing, name
        assert got["accuracy"] >= accuracy and got["left_out_ok"], name
