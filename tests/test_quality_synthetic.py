"""Quality floors on the documents written blind to the tool (corpus/synthetic, FIRST_SIGHT.md rounds five to
fifty).

Four hundred and eighty-eight invented documents (forty-seven waves, among them thirty-six chains of a resolution
and the documents carrying it out) that writers who never saw the code wrote and annotated; the first-sight scores are
in FIRST_SIGHT.md, and the floors keep what the genre rules written since then won.
The documents are the project's own (``corpus/synthetic/``), so this runs everywhere.  Floors are
the F1 measured when they were set, rounded down to 0.05; they only rise, save where the line says why.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from nlpolicy.evaluate import evaluate_dir

from _floors import below_floors, rounded_down_to_a_twentieth

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold" / "synthetic"
FLOORS = {
    "Chain2_BC-UBND_2027_ket-qua-thuc-hien":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.85, "projects": 0.85,
         "agencies": 0.80, "assignments": 0.85},
    "Chain2_CT-TTg_2026_chi-thi":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.95},
    "Chain2_KH-UBND_2026_thuc-hien-CT":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 0.85,
         "agencies": 0.90, "assignments": 0.90},
    "Chain3_BC-UBND_2027_ket-qua-thuc-hien":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.90, "projects": 0.65,
         "agencies": 0.90, "assignments": 0.95},
    "Chain3_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.95, "projects": 0.40,
         "agencies": 0.95, "assignments": 0.95},
    "Chain3_NQ-TU_2026_y-te-co-so":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "Chain4_BC-SGDDT_2027_so-ket-6-thang":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.85, "projects": 0.25,
         "agencies": 1.00, "assignments": 0.95},
    "Chain4_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.55,
         "agencies": 0.90, "assignments": 0.90},
    "Chain4_NQ-HDND_2026_chuyen-doi-so-giao-duc":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 0.55,
         "agencies": 1.00, "assignments": 0.90},
    "Chain5_BC-SNNMT_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "Chain5_CT-TU_2026_chat-thai-ran-sinh-hoat":
        # assignments 0.80 -> 0.65: its gold gives every item to the bodies its preamble addresses (the whole
        # political system), which since the fortieth round lead only the items that name no body
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.65},
    "Chain5_KH-UBND_2026_thuc-hien-CT":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.80,
         "agencies": 1.00, "assignments": 1.00},
    "Chain6_BC-UBND_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.70, "projects": 0.85,
         "agencies": 0.75, "assignments": 0.80},
    "Chain6_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.95},
    "Chain6_NQ-HDND_2026_nha-o-xa-hoi":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.90, "assignments": 0.85},
    "Chain7_BC-SNV_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.80, "projects": 0.50,
         "agencies": 0.80, "assignments": 0.75},
    "Chain7_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "Chain7_NQ-BTVTU_2026_dao-tao-nghe-viec-lam":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "Chain8_BC-SNNMT_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "Chain8_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.90},
    "Chain8_NQ-HDND_2026_bao-ve-phat-trien-rung":
        # targets 0.80 -> 0.75: its 45 forest-watch cameras are counted since the thirty-ninth round; its gold leaves
        # them out
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.85},
    "Chain9_BC-SNNMT_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.75, "assignments": 0.70},
    "Chain9_CT-TU_2026_sat-lo-bo-song-bo-bien":
        # assignments 0.80 -> 0.70: its gold gives every item to the bodies its preamble addresses (the whole
        # political system), which since the fortieth round lead only the items that name no body
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.25,
         "agencies": 1.00, "assignments": 0.70},
    "Chain9_KH-UBND_2026_thuc-hien-CT":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 0.60,
         "agencies": 0.95, "assignments": 0.90},
    "Chain10_BC-UBND_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.65,
         "agencies": 1.00, "assignments": 0.90},
    "Chain10_KH-UBND_2026_thuc-hien-KL":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.95},
    "Chain10_KL-TU_2026_ocop-tieu-thu-nong-san":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "Chain11_BC-SYT_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.80, "assignments": 0.80},
    "Chain11_CT-TU_2026_an-toan-thuc-pham":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "Chain11_KH-UBND_2026_thuc-hien-CT":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "Chain12_BC-STC_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "Chain12_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "Chain12_NQ-TU_2026_kinh-te-tap-the":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "Chain13_BC-CAT_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.90, "projects": 0.65,
         "agencies": 0.85, "assignments": 0.90},
    "Chain13_CTr-TU_2026_phong-chong-ma-tuy":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "Chain13_KH-CAT_2026_thuc-hien-CTr":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "Chain14_BC-BVHTTDL_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.85, "assignments": 0.90},
    "Chain14_KH-BVHTTDL_2026_trien-khai-QD":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.80, "assignments": 0.85},
    "Chain14_QD-TTg_2026_di-san-van-hoa":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.90},
    "Chain15_BC-UBND_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.85, "projects": 0.80,
         "agencies": 0.55, "assignments": 0.70},
    "Chain15_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 0.95, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.75},
    "Chain15_NQ-DU_2026_giam-ngheo-da-chieu":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.85, "assignments": 0.90},
    "Chain16_BC-SXD_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.80, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.90},
    "Chain16_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.75},
    "Chain16_NQ-HDND_2026_giao-thong-nong-thon":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 1.00, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.65},
    "Chain17_BC-SVHTTDL_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.75, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "Chain17_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.90},
    "Chain17_NQ-BTVTU_2026_phat-trien-du-lich":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.95,
         "agencies": 1.00, "assignments": 0.80},
    "Chain18_BC-SYT_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.80, "projects": 0.55,
         "agencies": 0.85, "assignments": 0.75},
    "Chain18_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.55,
         "agencies": 0.85, "assignments": 0.80},
    "Chain18_NQ-HDND_2026_cham-soc-nguoi-cao-tuoi":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.55,
         "agencies": 1.00, "assignments": 0.80},
    "Chain19_BC-SNV_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.80, "projects": 1.00,
         "agencies": 0.80, "assignments": 0.80},
    "Chain19_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "Chain19_NQ-BTVTU_2026_dua-nguoi-lao-dong-di-lam-viec-nuoc-ngoai":
        {"document": 1.00, "sections": 0.95, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "Chain20_BC-SKHCN_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.80, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.90},
    "Chain20_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.95},
    "Chain20_NQ-BTVTU_2026_chuyen-doi-so-chinh-quyen-so":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "Chain21_BC-SNNMT_2027_ket-qua-01-nam":
        # targets 0.55 -> 0.50: its two inspection campaigns (đợt) are counted since the thirty-ninth round; its gold
        # leaves them out
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 0.85, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.85},
    "Chain21_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.80},
    "Chain21_NQ-CP_2026_thuy-loi-phong-chong-thien-tai":
        {"document": 0.80, "sections": 0.95, "targets": 0.75, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "Chain22_BC-SNV_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.90, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.75},
    "Chain22_CT-BTVTU_2026_an-toan-ve-sinh-lao-dong":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.90, "projects": 0.85,
         "agencies": 0.75, "assignments": 0.55},
    "Chain22_KH-UBND_2026_thuc-hien-CT":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.80},
    "Chain23_BC-SYT_2027_ket-qua-01-nam":
        # agencies 0.85 -> 0.80, assignments 0.55 -> 0.50: the schools it asks to act are the collective Các cơ sở
        # giáo dục since the thirty-ninth round, which its gold does not list
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.80, "projects": 0.25,
         "agencies": 0.80, "assignments": 0.50},
    "Chain23_KH-UBND_2026_thuc-hien-KL":
        # targets 0.80 -> 0.75: since the forty-third round a works item's closing schedule dates its figures, and
        # its gold leaves a work's sizes and sums out
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.95},
    "Chain23_KL-BTVTU_2026_bao-ve-tre-em":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 0.50,
         "agencies": 0.95, "assignments": 0.95},
    "Chain24_BC-SNNMT_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.85, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
    "Chain24_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "Chain24_NQ-TU_2026_phat-trien-nong-nghiep-huu-co":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.75},
    "Chain25_BC-CAT_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.80, "projects": 0.70,
         "agencies": 1.00, "assignments": 0.95},
    "Chain25_CT-BTVTU_2026_trat-tu-an-toan-giao-thong":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.30,
         "agencies": 0.80, "assignments": 0.60},
    "Chain25_KH-UBND_2026_thuc-hien-CT":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.75},
    "Chain26_BC-SCT_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.80, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.80},
    "Chain26_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.85},
    "Chain26_NQ-BCHTU_2026_phat-trien-khu-cum-cong-nghiep":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.80},
    "Chain27_BC-SKHCN_2027_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.80, "projects": 0.65,
         "agencies": 0.85, "assignments": 0.65},
    "Chain27_KH-UBND_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.90},
    "Chain27_NQ-BTVTU_2026_he-sinh-thai-khoi-nghiep-doi-moi-sang-tao":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.65,
         "agencies": 1.00, "assignments": 0.65},
    "Chain28_BC-UBND_2028_so-ket-02-nam":
        {"document": 1.00, "sections": 0.90, "targets": 0.85, "deadlines": 0.85, "projects": 0.70,
         "agencies": 0.85, "assignments": 0.80},
    "Chain28_CTr-UBND_2026_hanh-dong-thuc-hien-NQ":
        {"document": 1.00, "sections": 0.95, "targets": 0.95, "deadlines": 1.00, "projects": 0.70,
         "agencies": 0.95, "assignments": 0.90},
    "Chain28_NQ-BCHTU_2026_phat-trien-ket-cau-ha-tang-giao-thong":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.90, "projects": 0.70,
         "agencies": 0.95, "assignments": 0.80},
    "Chain29_BC-SVHTTDL_2028_ket-qua-01-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.80},
    "Chain29_CT-TU_2027_phat-trien-cong-nghiep-van-hoa":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.75},
    "Chain29_KH-SVHTTDL_2027_thuc-hien-CT":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.80},
    "Chain30_BC-SNNMT_2028_ket-qua-thuc-hien-KH":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.80, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.85},
    "Chain30_KH-UBND_2027_thuc-hien-KL":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.90, "assignments": 0.75},
    "Chain30_KL-TU_2027_phat-trien-kinh-te-bien":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.70,
         "agencies": 0.85, "assignments": 0.75},
    "Chain31_BC-UBND_2028_ket-qua-thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.85, "projects": 0.75,
         "agencies": 0.90, "assignments": 0.75},
    "Chain31_KH-UBND_2027_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.75,
         "agencies": 0.95, "assignments": 0.85},
    "Chain31_NQ-HDND_2027_cap-nuoc-sach-nong-thon":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "Chain32_BC-STC_2028_ket-qua-thuc-hien-CTr":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.75, "projects": 0.40,
         "agencies": 0.85, "assignments": 0.75},
    "Chain32_CTr-UBND_2027_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.50,
         "agencies": 0.85, "assignments": 0.80},
    "Chain32_NQ-TU_2027_phat-trien-kinh-te-tu-nhan":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 0.00,
         "agencies": 0.90, "assignments": 0.55},
    # (targets 0.80 -> 0.75 in s22: the unit "chuỗi" reads the annex cell "06 chuỗi mới" beside the text's "06 chuỗi
    # liên kết", one figure twice)
    "Chain_BC_2026_ket-qua-thuc-hien-KH":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.80, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "Chain_KH-UBND_2025_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "Chain_NQ-TU_2025_kinh-te-tu-nhan":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "HDND_NQ_2026_dau-tu-cong":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "HuyenUy_NQ_2026_nong-thon-moi":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 0.85,
         "agencies": 1.00, "assignments": 1.00},
    "R10_BC-UBND_2015_tong-ket":
        {"document": 1.00, "sections": 0.85, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R10_CT-UBND_2014_chi-thi":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R10_KH-UBND-huyen_2013_nong-thon-moi":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R10_NQ-HDND_2010_ke-hoach-5-nam":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.95,
         "agencies": 1.00, "assignments": 0.95},
    "R10_NQ-HDND_2016_chinh-sach":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R10_NQ-TU_2011_nong-thon-moi":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R10_QD-Bo_2015_de-an":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.90},
    "R10_QD-UBND_2012_quy-hoach-nganh":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.85},
    "R11_BC-ThamTra_2026_ban-ktns":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.75},
    "R11_CV-UBND_2026_don-doc":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R11_DeAn_2026_de-an":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.85,
         "agencies": 0.90, "assignments": 0.85},
    "R11_KH-HoiNongDan_2026_thuc-hien":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.80},
    "R11_KH-LienTich_2026_tinh-doan":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R11_NQ-DaiHoi_2025_nhiem-ky":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R11_NQ-HDND_2026_thu-hoi-dat":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.95,
         "agencies": 0.95, "assignments": 0.90},
    "R11_QD-UBND_2026_giao-chi-tieu":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
    "R12_BC-GiamSat_2026_doan-giam-sat":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.90},
    "R12_CTr-UBND_2027_thuc-hien-NQ01":
        {"document": 0.80, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.95},
    "R12_KH-MTQG_2026_giam-ngheo":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R12_KH-TU_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R12_KH-UBKT_2026_kiem-tra-giam-sat":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.80, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "R12_QC-PhoiHop_2026_ubnd-mttq":
        {"document": 0.70, "sections": 1.00, "targets": 1.00, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R12_QD-Bo_2026_trien-khai-luat_pdf":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R12_QD-ChuTruong_2026_khu-cong-nghiep":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.90},
    "R13_BC-ChinhTri_2025_dai-hoi-xa":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.85, "assignments": 0.55},
    "R13_CV-DeCuong_2026_de-nghi-bao-cao":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.75},
    "R13_HD-BTC_2026_huong-dan":
        {"document": 1.00, "sections": 1.00, "targets": 0.30, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.70},
    "R13_KH-CongAn_2027_phong-chong-ma-tuy":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R13_KH-DienLuc_2026_quy-hoach-dien":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 0.95,
         "agencies": 1.00, "assignments": 0.90},
    "R13_PA-XuLyTruSo_2026_tru-so-doi-du":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.90},
    "R13_QD-DanhMuc_2026_keu-goi-dau-tu":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.95, "projects": 0.95,
         "agencies": 1.00, "assignments": 0.95},
    "R13_QD-KienToan_2026_ban-chi-dao":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.75},
    "R14_CTr-DangUyTapDoan_2026_an-ninh-nang-luong":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R14_KH-BXD_2026_nha-o-xa-hoi":  # agencies 0.95 -> 0.90: "các ngân hàng thương mại" a bank is told to direct
        # is a collective of the lexicon since the thirty-eighth round, which its gold does not list
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R14_KH-BauCu_2025_bau-cu":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R14_KH-HDDPVung_2026_dieu-phoi-vung":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.75},
    "R14_KH-KKTCK_2026_khu-kinh-te-cua-khau":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.85},
    "R14_NQ-HDND_2026_chuong-trinh-giam-sat":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
    "R14_QDi-BTVTU_2026_trach-nhiem-nguoi-dung-dau":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R14_TB-VPCP_2026_ket-luan-giao-thong":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.95,
         "agencies": 0.95, "assignments": 0.90},
    "R15_BC-KienNghiCuTri_2026_tra-loi-cu-tri":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.85},
    "R15_KH-BenhVien_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.65,
         "agencies": 0.95, "assignments": 0.85},
    "R15_KH-CCHC_2026_cai-cach-hanh-chinh-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.85, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.90},
    # (targets 0.75 -> 0.70 in s22: the unit "hồ chứa nước" reads "Bảo đảm an toàn 17 hồ chứa nước xung yếu", which
    # the gold leaves out as the scope of a duty; R25_CT-UBND's gold counts its like)
    "R15_KH-PCTT_2026_phong-chong-thien-tai":
        {"document": 1.00, "sections": 0.95, "targets": 0.70, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R15_KH-UBND-xa_2026_chuyen-doi-so":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R15_NQ-CP_2026_phien-hop-thuong-ky":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.80, "projects": 0.95,
         "agencies": 0.95, "assignments": 0.85},
    "R15_NQ-HDND_2026_du-toan-ngan-sach":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R15_NQ-ThanhUy_2026_ha-tang-do-thi":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.85},
    "R16_BC-BQLDA_2026_giai-ngan-von":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.90, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.85},
    "R16_KH-BQLKKT_2026_chuyen-doi-xanh":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.85, "assignments": 0.80},
    "R16_KH-BoNNMT_2026_lua-phat-thai-thap":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R16_KH-SoGDDT_2026_ky-thi-tot-nghiep":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R16_KH-UBND_2026_phat-trien-du-lich":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R16_NQ-DU-phuong_2026_chinh-trang-do-thi":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.80},
    "R16_NQ-DUQS_2026_khu-vuc-phong-thu":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.85},
    "R16_QD-UBND_2026_nguon-nhan-luc":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.85, "projects": 0.65,
         "agencies": 1.00, "assignments": 0.90},
    # (lowered on 2026-12-06: "Trưởng các thôn báo cáo ..." is an assignee now; targets 0.90 -> 0.85 in s26: the unit
    # "công dân" reads "Hoàn thành 100% chỉ tiêu giao quân với 31 công dân nhập ngũ" as a target, the gold a result)
    "R2_BC-UBND-xa_2026_so-ket":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.80, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R17_KH-BDD-NHCSXH_2026_tin-dung-chinh-sach":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.75},
    "R17_KH-DHDH_2026_thuc-hien-NQ71":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.50,
         "agencies": 0.80, "assignments": 0.75},
    "R17_KH-HPN_2026_vai-tro-phu-nu":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.85, "projects": 0.00,
         "agencies": 0.90, "assignments": 0.90},
    "R17_KH-SNNMT_2026_an-ninh-nguon-nuoc-xam-nhap-man":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.90, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.95},
    # (targets 0.70 -> 0.65 in s26: "tổng chi ... là 31.509 tỷ đồng, trong đó chi chuyển nguồn sang năm 2026 là 4.126 tỷ
    # đồng" makes the part a result like its whole, dated 2026 by its own words; the gold has no such figure)
    "R17_KH-STC_2026_kien-nghi-kiem-toan":
        {"document": 0.95, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "R17_KH-TTr_2026_ke-hoach-thanh-tra-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.75, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    # (assignments 0.80 -> 0.75 in s24: "các đồn biên phòng" that the border guard command directs is now read as the
    # posts together, as the twenty-seventh round's gold takes them; this gold does not assign them)
    "R17_KH-UBND_2026_xoa-nha-tam":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R17_NQ-BTVTU_2026_cang-bien-logistics":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.75},
    "R18_BC-BQL_2026_thu-hut-dau-tu-kcn":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.95,
         "agencies": 0.95, "assignments": 0.90},
    "R18_BC-SCT_2026_tien-do-du-an-dien":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R18_CTr-DU-xa_2026_thuc-hien-NQ-dai-hoi":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.75,
         "agencies": 0.90, "assignments": 0.85},
    "R18_KH-BXD_2026_duong-sat-toc-do-cao":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.65, "assignments": 0.80},
    "R18_KH-SYT_2027_tiem-chung-mo-rong":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.80, "assignments": 0.85},
    "R18_KH-UBND_2027_bao-ve-rung-pccc-rung":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.90},
    "R18_NQ-CP_2026_du-an-ton-dong":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.80},
    "R18_NQ-HDND_2026_dieu-chinh-dau-tu-cong-trung-han":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 0.95, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.90},
    "R19_BC-UBND-xa_2026_nong-thon-moi-nang-cao":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.90},
    "R19_CT-TU_2026_giai-phong-mat-bang-du-an-trong-diem":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "R19_KH-SVHTTDL_2026_du-lich-2026-2030":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.80},
    "R19_KH-UBND_2026_xoa-nha-tam-nha-o-xa-hoi":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R19_NQ-HDND_2026_chinh-sach-nong-nghiep":
        {"document": 1.00, "sections": 0.95, "targets": 1.00, "deadlines": 0.85, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R19_NQ-TU_2026_kinh-te-bien":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.85},
    "R19_QD-BCT_2026_tiet-kiem-nang-luong":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.80},
    "R19_QD-UBND_2026_giao-chi-tieu-du-toan-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R20_BC-SGDDT_2026_co-so-vat-chat-truong-chuan":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.85, "projects": 0.85,
         "agencies": 1.00, "assignments": 1.00},
    "R20_CV-UBND_2026_giai-ngan-dau-tu-cong":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.70, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.95},
    "R20_KH-BNNMT_2026_tang-truong-xanh-giam-phat-thai":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R20_KH-MTTQ-BTT_2027_giam-sat-phan-bien":
        {"document": 0.90, "sections": 1.00, "targets": 0.65, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R20_KH-UBND-phuong_2027_trat-tu-van-minh-do-thi":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R20_KL-TU_2026_khcn-dmst-cds":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R20_NQ-HDND_2026_giam-sat-dat-cong-trinh-cong-cong":
        # targets 0.95 -> 0.90: "xử lý dứt điểm 249 khu đất" is a figure since the thirty-ninth round ('dứt điểm' no
        # clause reference); its gold reads it as a repeat
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R20_QD-UBND_2026_khu-nong-nghiep-cnc":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.80},
    "R21_CT-TU_2026_phong-chay-chua-chay":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 0.00,
         "agencies": 1.00, "assignments": 0.95},
    "R21_HD-BTCTU_2026_kiem-diem-xep-loai-dang-vien":
        {"document": 1.00, "sections": 1.00, "targets": 0.40, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.75, "assignments": 0.55},
    "R21_KH-NHNN_2026_tin-dung-nong-nghiep-nha-o-xa-hoi":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.60, "assignments": 0.55},
    "R21_KH-UBND_2026_khac-phuc-hau-qua-bao":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 0.75,
         "agencies": 0.95, "assignments": 0.80},
    "R21_KHLT-CA-SGDDT_2026_an-toan-giao-thong-truong-hoc":
        # targets 0.70 -> 0.65: its 120 sessions (buổi) are counted since the thirty-ninth round; its gold leaves them
        # out
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.95, "projects": 0.00,
         "agencies": 0.95, "assignments": 0.75},
    "R21_NQ-HDND_2026_phi-tham-quan":    # (lowered on 2026-12-07: "Bảo tàng tỉnh" is a body now, and its fee regulation names
        # the museum as a site's collector, which the gold reads as no instruction; the tool does not tell a
        # designation
        # from a task yet)
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.75, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R21_QD-TTg_2026_ha-tang-sac-xe-dien":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.90, "projects": 0.65,
         "agencies": 0.95, "assignments": 0.80},
    "R21_QD-UBND_2026_du-an-trong-diem":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.95,
         "agencies": 1.00, "assignments": 0.95},
    "R22_BC-UBND_2026_ktxh-9-thang":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R22_CD-UBND_2026_ung-pho-lu-sau-bao":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.85,
         "agencies": 1.00, "assignments": 1.00},
    "R22_KH-BQL_2026_thu-hut-dau-tu-kcn":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.85},
    "R22_KH-SYT_2026_sxh-tcm-soi":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R22_NQ-CP_2026_khcn-dmst-cds-2026-2030":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.95, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.95},
    "R22_NQ-DaiHoi-xa_2025_nhiem-ky-2025-2030":    # (projects lowered on 2026-12-07: production zones named by a
        # place are works now, as eight blind golds list them; this gold leaves out "Vùng chuyên canh ... sông Tiền")
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.75,
         "agencies": 1.00, "assignments": 0.90},
    "R22_NQ-HDND_2026_ke-hoach-dau-tu-cong-trung-han":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.85},
    "R22_TB-UBND_2026_ket-luan-cao-toc-kcn":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R23_BC-UBND_2026_so-ket-nong-nghiep-cnc":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.65,
         "agencies": 0.95, "assignments": 0.85},
    "R23_CTr-UBKTTU_2027_kiem-tra-giam-sat":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.80, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.55},
    "R23_KH-SXD_2027_bao-tri-duong-bo-attgt":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.85},
    "R23_KH-TDTN_2027_tinh-nguyen-he-cong-trinh-thanh-nien":
        {"document": 0.85, "sections": 1.00, "targets": 0.90, "deadlines": 0.85, "projects": 0.40,
         "agencies": 0.85, "assignments": 0.75},
    "R23_KH-TTH_2027_thu-ngan-sach-2027":
        {"document": 0.80, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.65},
    "R23_NQ-HDND_2026_thu-hoi-dat-chuyen-muc-dich-lua-rung":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.95,
         "agencies": 0.95, "assignments": 0.95},
    "R23_NQ-TU_2026_nhiem-vu-nam-2027":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.75},
    "R23_QD-SKHCN_2026_nhiem-vu-khcn-dat-hang-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 0.65,
         "agencies": 0.70, "assignments": 0.60},
    "R24_BC-BKTNS_2026_giam-sat-giai-ngan-dau-tu-cong":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.85},
    "R24_CTr-LDLD_2027_cham-lo-doan-vien-nguoi-lao-dong":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.75, "assignments": 0.60},
    "R24_CV-STC_2027_giai-ngan-dau-tu-cong-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.85, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.80},
    "R24_DA-UBND_2026_du-lich-cong-dong-nong-nghiep":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 0.75,
         "agencies": 0.95, "assignments": 0.85},
    "R24_KH-BQLKKT_2027_xuc-tien-dau-tu-ha-tang-kcn":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.80},
    "R24_KH-CAT_2027_trat-tu-atgt-duong-bo-duong-thuy":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.75, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R24_KH-HLHPN_2027_phu-nu-khoi-nghiep-kinh-te-tap-the":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R24_NQ-HDND_2026_dieu-chinh-trung-han-giao-ke-hoach-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.90},
    "R25_BC-TU_2027_so-ket-kinh-te-bien":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.95},
    "R25_CT-UBND_2027_pctt-tkcn-mua-mua-bao":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R25_KH-BCHQS_2027_dien-tap-khu-vuc-phong-thu":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.90, "projects": 0.00,
         "agencies": 0.90, "assignments": 0.80},
    "R25_KH-SCT_2027_cung-ung-dien-nltt":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.90},
    "R25_KH-SNV_2027_bien-che-vi-tri-viec-lam":
        {"document": 1.00, "sections": 0.95, "targets": 0.65, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.75},
    "R25_KH-UBND-phuong_2027_tuyen-pho-van-minh-mang-xanh":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R25_NQ-DU-xa_2027_nong-thon-moi-nang-cao":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 0.85,
         "agencies": 0.85, "assignments": 0.80},
    "R25_QD-UBND_2027_quy-che-cum-cong-nghiep":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.80},
    "R26_CT-TW_2027_cong-tac-dan-so":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R26_KH-BDVTU_2027_dan-van-kheo-du-an-trong-diem":
        {"document": 1.00, "sections": 0.95, "targets": 1.00, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R26_KH-BHXH_2027_phat-trien-nguoi-tham-gia-bhxh-bhyt":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "R26_KH-UBND-dackhu_2027_du-lich-ben-vung-moi-truong-bien":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.90},
    "R26_KH-VKS_2026_cong-tac-nam-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.75},
    "R26_ND-CP_2027_ho-tro-hop-tac-xa":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R26_NQ-HDND_2027_dat-ten-duong-pho":
        {"document": 1.00, "sections": 1.00, "targets": 0.40, "deadlines": 0.85, "projects": 0.65,
         "agencies": 1.00, "assignments": 0.95},
    "R26_QD-UBND_2026_ke-hoach-su-dung-dat-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.90},
    "R27_KH-BCHBDBP_2027_quan-ly-bao-ve-bien-gioi":
        {"document": 1.00, "sections": 0.95, "targets": 0.80, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R27_KH-SDTTG_2027_ctmtqg-dan-toc-thieu-so-mien-nui":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.75,
         "agencies": 0.90, "assignments": 0.85},
    "R27_KH-SVHTTDL_2027_dai-hoi-tdtt-tinh":
        {"document": 1.00, "sections": 0.95, "targets": 0.80, "deadlines": 0.75, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R27_KH-UBND_2027_tong-dieu-tra-kinh-te":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.75, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.70},
    "R27_KL-TW_2027_tiep-tuc-NQ33-van-hoa":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.75,
         "agencies": 0.95, "assignments": 0.80},
    "R27_NQ-HDND-xa_2026_du-toan-dau-tu-cong-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.90, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.90},
    "R27_QD-UBND_2027_boi-thuong-tai-dinh-cu-cao-toc":
        # targets 0.60 -> 0.55: its resettlement sites' lots (lô) are counted since the thirty-ninth round; its gold
        # leaves them out
        {"document": 1.00, "sections": 1.00, "targets": 0.55, "deadlines": 0.95, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.85},
    "R27_TT-BNNMT_2027_giam-sat-khai-thac-tai-nguyen-nuoc":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.85, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R28_CT-UBND_2027_don-tet-mau-than-2028":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.80, "projects": 0.50,
         "agencies": 0.95, "assignments": 0.95},
    "R28_CTr-UBND_2026_hop-tac-nghe-an-ha-tinh":
        # targets 0.65 -> 0.60: since the forty-third round a works item's closing schedule dates its figures (a
        # bridge's length, a road's), which its gold leaves out
        {"document": 0.90, "sections": 1.00, "targets": 0.60, "deadlines": 1.00, "projects": 0.55,
         "agencies": 0.85, "assignments": 0.75},
    "R28_KH-HCTD_2027_thang-nhan-dao":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.90, "assignments": 0.85},
    "R28_KH-SNNMT_2027_vu-dong-xuan-2027-2028":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R28_KH-SNV_2027_thang-hanh-dong-vi-tre-em":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.85},
    "R28_KH-TA_2027_cong-tac-toa-an-nam-2027":
        {"document": 0.80, "sections": 1.00, "targets": 0.70, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.80},
    "R28_NQ-QH_2027_co-che-dac-thu-can-tho":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R28_QD-UBND_2027_dau-gia-quyen-su-dung-dat":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.35,
         "agencies": 1.00, "assignments": 0.90},
    "R29_BC-STC_2027_tham-dinh-nguon-von-dau-tu-cong":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.80, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.75},
    "R29_CD-TTg_2027_han-man-dbscl-mua-kho-2027-2028":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R29_CT-BGDDT_2027_nhiem-vu-nam-hoc-2027-2028":
        {"document": 1.00, "sections": 0.95, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R29_KH-HDNVQS_2027_tuyen-chon-goi-nhap-ngu-2028":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.80, "assignments": 0.75},
    "R29_KL-TTr_2027_thanh-tra-dat-dai-phuong-binh-loc":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.90},
    "R29_NQ-HDND_2027_chuong-trinh-giam-sat-2028":
        {"document": 1.00, "sections": 1.00, "targets": 0.25, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R29_NQ-UBTVQH_2027_sap-xep-xa-quang-tri":
        # targets 0.10 -> 0.05: the communes a reorganisation leaves are the state at its date since the thirty-ninth
        # round; its gold holds them as optional undated targets
        {"document": 1.00, "sections": 1.00, "targets": 0.05, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R29_PA-UBND_2027_ung-pho-tran-dau-hoa-chat":
        {"document": 1.00, "sections": 1.00, "targets": 0.45, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.85},
    "R30_CTrPH_2027_ubnd-hoi-cuu-chien-binh":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.80, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.70},
    "R30_KH-HDND_2027_to-chuc-ky-hop":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 0.80, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R30_KH-UBND_2027_de-an-06-du-lieu-dan-cu":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R30_KH-UBND_2027_thuc-hien-quy-hoach-tinh":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.85},
    "R30_NQ-DaiHoi-HND_2027_nhiem-ky-2027-2032":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.85},
    "R30_QD-SGDDT_2027_chi-tieu-tuyen-sinh-lop-10":
        {"document": 1.00, "sections": 1.00, "targets": 0.05, "deadlines": 0.70, "projects": 1.00,
         "agencies": 0.70, "assignments": 0.65},
    "R30_QD-UBND_2027_do-an-quy-hoach-chung-do-thi":
        {"document": 1.00, "sections": 0.95, "targets": 0.60, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.75},
    "R30_TB-KTNN_2027_ket-qua-kiem-toan":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.85},
    "R31_CT-UBND_2027_quan-ly-khoang-san-cat-soi":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.95, "projects": 0.65,
         "agencies": 0.90, "assignments": 0.90},
    "R31_DA-UBND_2027_phat-trien-kinh-te-dem":
        {"document": 0.80, "sections": 1.00, "targets": 0.60, "deadlines": 0.95, "projects": 0.85,
         "agencies": 0.90, "assignments": 0.85},
    "R31_KH-BNCTU_2027_phong-chong-tham-nhung-tieu-cuc":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R31_KH-STP_2027_pho-bien-giao-duc-phap-luat":
        {"document": 1.00, "sections": 0.95, "targets": 0.80, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R31_KH-UBND_2027_cai-thien-chi-so-PCI-PAPI-PAR":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R31_KH-UBND_2027_ung-pho-bien-doi-khi-hau":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R31_NQ-HDND_2027_chinh-sach-thu-hut-nhan-luc-chat-luong-cao":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R31_QD-UBND_2027_bo-chi-so-chuyen-doi-so-cap-xa":
        {"document": 1.00, "sections": 0.95, "targets": 0.55, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "R2_CT-TU_2026_chuyen-doi-so":
        # assignments 0.95 -> 0.70: its gold gives every item to the bodies its preamble addresses (the whole
        # political system), which since the fortieth round lead only the items that name no body
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.70},
    "R2_KH-BoNganh_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R2_QD-UBND_2026_giao-nhiem-vu":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R32_DA-UBND_2027_sap-xep-don-vi-su-nghiep-cong-lap":
        {"document": 0.80, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.80},
    "R32_KH-SCT_2027_phat-trien-thuong-mai-dien-tu":
        {"document": 0.80, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.65,
         "agencies": 0.85, "assignments": 0.85},
    "R32_KH-SNNMT_2027_phong-chong-dich-benh-dong-vat":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.75, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.75},
    "R32_KH-UBND_2027_cai-tao-xay-dung-lai-chung-cu-cu":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R32_KH-UBND_2027_phat-trien-ha-tang-vien-thong-5G":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.55,
         "agencies": 0.90, "assignments": 0.75},
    "R32_NQ-DUCQ_2027_nang-cao-chat-luong-to-chuc-dang":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.75, "assignments": 0.80},
    "R32_QD-UBND_2027_ke-hoach-lua-chon-nha-thau-duong-ven-bien":    # (agencies lowered on 2026-12-07: the land
        # registration office, in the lexicon now, is a contractor of its table of packages, as its companies are)
        {"document": 1.00, "sections": 1.00, "targets": 0.40, "deadlines": 0.80, "projects": 1.00,
         "agencies": 0.75, "assignments": 0.60},
    "R32_QD-UBND_2027_quy-trinh-van-hanh-lien-ho-chua":
        {"document": 1.00, "sections": 1.00, "targets": 0.35, "deadlines": 0.95, "projects": 0.85,
         "agencies": 0.80, "assignments": 0.55},
    "R33_KH-BCD35_2027_bao-ve-nen-tang-tu-tuong":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R33_KH-SYT_2027_phong-chong-benh-khong-lay-nhiem":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R33_KH-UBND_2027_chong-khai-thac-IUU":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.75},
    "R33_KH-UBND_2027_phat-trien-van-hoa-doc":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.75, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.80},
    "R33_KH-UBND_2027_thoat-nuoc-chong-ngap-do-thi":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.75,
         "agencies": 0.90, "assignments": 0.80},
    "R33_KH-UBND_2027_ung-pho-su-co-tran-dau":
        {"document": 1.00, "sections": 0.95, "targets": 0.70, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.65},
    "R33_NQ-HDND_2027_ho-tro-hoc-sinh-ban-tru-giao-vien-mam-non":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R33_QD-UBND_2027_danh-muc-du-an-PPP":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.65},
    "R34_BC-TU_2027_tong-ket-10-nam-NQ-phat-trien-cong-nghiep":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.70},
    "R34_KH-BCD389_2027_chong-buon-lau-gian-lan-thuong-mai-hang-gia":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.50,
         "agencies": 0.85, "assignments": 0.80},
    "R34_KH-SGDDT_2027_tieng-Anh-ngon-ngu-thu-hai":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R34_KH-UBND_2027_phat-trien-nhan-luc-ban-dan":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.85},
    "R34_KH-UBND_2027_phat-trien-vung-trong-duoc-lieu":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R34_KH-UBND_2027_xay-dung-co-so-du-lieu-dat-dai":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R34_NQ-HDND_2027_muc-chi-luc-luong-bao-ve-an-ninh-trat-tu-co-so":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
    "R34_QD-UBND_2027_he-so-dieu-chinh-gia-dat":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R35_CT-TTg_2027_quan-ly-gia-binh-on-thi-truong-tet":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.85, "projects": 0.65,
         "agencies": 0.90, "assignments": 0.90},
    "R35_KH-BTC_2027_ky-niem-ngay-thanh-lap-tinh":
        {"document": 1.00, "sections": 0.90, "targets": 0.55, "deadlines": 0.90, "projects": 0.85,
         "agencies": 0.85, "assignments": 0.80},
    "R35_KH-SNNMT_2027_bao-ve-moi-truong-lang-nghe":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.90, "assignments": 0.75},
    "R35_KH-SXD_2027_phat-trien-xe-buyt-dien-giao-thong-xanh":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.90, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.65},
    "R35_KH-UBND_2027_bao-dam-trat-tu-xay-dung-do-thi":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.90},
    "R35_NQ-HDND_2027_ty-le-phan-chia-nguon-thu-ngan-sach":
        {"document": 1.00, "sections": 0.95, "targets": 0.40, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.75},
    "R35_QD-UBND_2027_giao-von-vay-ODA-uu-dai":
        {"document": 1.00, "sections": 1.00, "targets": 0.25, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.85},
    "R35_QDi-BTVTU_2027_luan-chuyen-dieu-dong-can-bo":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.75},
    "R36_KH-BCD_2027_van-dong-hien-mau-tinh-nguyen":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.80, "projects": 0.00,
         "agencies": 0.85, "assignments": 0.80},
    "R36_KH-SCT_2027_xuc-tien-xuat-khau":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.90},
    "R36_KH-UBND_2027_binh-dang-gioi-phong-chong-bao-luc-gia-dinh":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R36_KH-UBND_2027_chuyen-doi-co-cau-cay-trong-tren-dat-lua":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.90},
    "R36_KH-UBND_2027_giai-phong-mat-bang-mo-rong-cang-hang-khong":
        # targets 0.60 -> 0.55: its resettlement sites' lots (lô) are counted since the thirty-ninth round; its gold
        # leaves them out
        {"document": 1.00, "sections": 1.00, "targets": 0.55, "deadlines": 0.95, "projects": 0.65,
         "agencies": 0.95, "assignments": 0.85},
    "R36_NQ-BTVTU_2027_duong-sat-do-thi-TOD":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 0.75,
         "agencies": 1.00, "assignments": 0.95},
    "R36_NQ-HDND_2027_muc-hoc-phi-nam-hoc-2027-2028":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.80, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R36_QD-UBND_2027_thanh-lap-to-cong-tac-thao-go-vuong-mac-du-an":
        {"document": 1.00, "sections": 1.00, "targets": 0.45, "deadlines": 1.00, "projects": 0.75,
         "agencies": 0.90, "assignments": 0.75},
    "R37_KH-SKHCN_2027_bao-dam-an-toan-thong-tin-mang":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R37_KH-SYT_2027_cham-soc-suc-khoe-tam-than-cong-dong":
        # targets 0.60 -> 0.50: patients are counted in 'người bệnh' as written since the thirty-ninth round; its gold
        # counts them in 'người'
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 1.00, "projects": 0.65,
         "agencies": 0.90, "assignments": 0.80},
    "R37_KH-UBND_2027_cai-tao-kenh-rach-chong-ngap":
        {"document": 1.00, "sections": 0.90, "targets": 0.60, "deadlines": 1.00, "projects": 0.95,
         "agencies": 0.95, "assignments": 0.75},
    "R37_KH-UBND_2027_phat-trien-chan-nuoi-tap-trung":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.80},
    "R37_KH-UBND_2027_phat-trien-the-thao-thanh-tich-cao":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.95, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.80},
    "R37_NQ-HDND_2027_so-luong-muc-phu-cap-nguoi-hoat-dong-khong-chuyen-trach-thon-to-dan-pho":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
    "R37_NQ-TU_2027_phat-trien-giao-duc-dai-hoc":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 0.75,
         "agencies": 0.95, "assignments": 0.95},
    "R37_QD-UBND_2027_thanh-lap-cum-cong-nghiep":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R38_BC-UBND_2027_cap-nuoc-sach-do-thi-chong-that-thoat-nuoc":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.85},
    "R38_CT-UBND_2027_day-manh-thanh-toan-khong-dung-tien-mat":
        # agencies 0.95 -> 0.90: since the forty-third round 'các bệnh viện, trung tâm y tế' is a class of bodies,
        # named without the beds its gold names it by
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "R38_DA-SCT_2027_phat-trien-ha-tang-thuong-mai":
        {"document": 0.80, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
    "R38_KH-UBND-xa_2027_thu-gom-xu-ly-nuoc-thai-sinh-hoat":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.65,
         "agencies": 0.90, "assignments": 0.90},
    "R38_NQ-HDND_2027_ho-tro-phat-trien-nuoi-trong-thuy-san-cang-ca":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.70},
    "R38_NQ-TU_2027_phat-trien-cong-nghiep-ho-tro-che-bien-che-tao":
        {"document": 1.00, "sections": 0.95, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.95},
    "R38_QD-UBND_2027_bao-ton-da-dang-sinh-hoc_pdf":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.25,
         "agencies": 0.90, "assignments": 0.80},
    "R38_TB-VPUBND_2027_ket-luan-hop-ban-chi-dao-du-an-giao-thong":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 0.65,
         "agencies": 0.95, "assignments": 0.85},
    "R39_BC-SXD_2027_tien-do-cau-dan-sinh":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.90},
    "R39_CT-BTVTU_2027_phong-chong-mua-ban-nguoi":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "R39_DA-SYT_2027_mang-luoi-cap-cuu-ngoai-vien-115":
        {"document": 0.80, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.80},
    "R39_KH-UBND_2027_chuong-trinh-sua-hoc-duong":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.70},
    "R39_KH-UBND_2027_dien-mat-troi-mai-nha-tru-so":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.85},
    "R39_NQ-BTVTU_2027_phat-huy-vai-tro-doanh-nhan":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.70},
    "R39_NQ-HDND_2027_sap-nhap-dat-ten-thon-to-dan-pho":
        {"document": 1.00, "sections": 0.80, "targets": 0.05, "deadlines": 0.80, "projects": 0.50,
         "agencies": 0.95, "assignments": 0.65},
    "R39_QD-UBND_2027_bo-tri-on-dinh-dan-cu-vung-thien-tai":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
    "R3_CTr-TU_2026_hanh-dong":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R3_CTr-TU_2026_hanh-dong-khcn-cds":
        {"document": 1.00, "sections": 0.95, "targets": 1.00, "deadlines": 1.00, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.95},
    "R3_KH-So_2026_trien-khai":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.65,
         "agencies": 0.95, "assignments": 0.90},
    "R3_KH-So_2026_trien-khai-ma-so-vung-trong":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R3_KL-TU_2026_ket-luan":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R3_KL-TU_2026_ket-luan-dau-tu-cong":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.95},
    "R3_NQ-HDND_2026_ktxh-nam-2027":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.90,
         "agencies": 1.00, "assignments": 1.00},
    "R3_NQ-HDND_2026_ktxh-nam-2027-ninh-binh":
        {"document": 1.00, "sections": 0.95, "targets": 0.85, "deadlines": 0.90, "projects": 0.90,
         "agencies": 1.00, "assignments": 1.00},
    "R40_BC-SNNMT_2027_cap-giay-chung-nhan-quyen-su-dung-dat":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.80},
    "R40_CT-BTVTU_2027_phong-chong-duoi-nuoc-tre-em":
        {"document": 1.00, "sections": 1.00, "targets": 0.55, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.65},
    "R40_KH-SYT_2027_phong-chong-HIV-AIDS":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.80, "assignments": 0.65},
    "R40_KH-UBND_2027_phat-trien-do-thi-thong-minh":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.65,
         "agencies": 1.00, "assignments": 0.80},
    "R40_NQ-DaiHoi-Doan_2027_nhiem-ky-2027-2032":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R40_NQ-HDND_2027_chinh-sach-khuyen-cong":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.80, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.60},
    "R40_NQ-HDND_2027_chu-truong-dau-tu-du-an-nhom-B":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 0.65,
         "agencies": 0.95, "assignments": 0.80},
    "R40_QD-UBND_2027_chuong-trinh-phat-trien-cay-an-qua-chu-luc":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.25,
         "agencies": 0.95, "assignments": 0.85},
    "R41_BC-CAT_2027_dot-cao-diem-tan-cong-tran-ap-toi-pham":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.80, "assignments": 0.70},
    "R41_CT-UBND_2027_kiem-soat-o-nhiem-khong-khi":
        {"document": 1.00, "sections": 1.00, "targets": 0.55, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R41_KH-SGDDT_2027_pho-cap-giao-duc-xoa-mu-chu":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.80},
    "R41_KH-SYT_2027_trien-khai-benh-an-dien-tu":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.65,
         "agencies": 0.95, "assignments": 0.85},
    "R41_KH-UBND_2027_phat-trien-giao-thong-thuy-noi-dia-va-cang-can":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 0.65,
         "agencies": 0.90, "assignments": 0.80},
    "R41_NQ-DU-xa_2027_xay-dung-xa-dat-tieu-chi-do-thi":
        # targets 0.80 -> 0.75: since the forty-third round a works item's closing schedule dates its figures (a
        # road's length, a market's area), which its gold leaves out
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.75,
         "agencies": 0.80, "assignments": 0.85},
    "R41_NQ-TU_2027_trung-tam-nang-luong-sach":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.85, "assignments": 0.90},
    "R41_QD-UBND_2027_de-an-tin-chi-carbon-rung":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.00,
         "agencies": 0.85, "assignments": 0.85},
    "R42_KH-SNV_2027_cham-lo-nguoi-co-cong-den-on-dap-nghia":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 0.50,
         "agencies": 0.85, "assignments": 0.85},
    "R42_KH-SYT_2027_kham-sang-loc-suc-khoe-dinh-ky-mien-phi":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R42_KH-UBND_2027_di-doi-co-so-san-xuat-gay-o-nhiem":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.85},
    "R42_KH-UBND_2027_nang-cap-he-thong-de-dieu-phong-chong-lu":
        {"document": 1.00, "sections": 1.00, "targets": 0.55, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.90},
    "R42_KH-UBND_2027_xay-dung-truong-pho-thong-noi-tru-lien-cap-bien-gioi":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.80},
    "R42_NQ-DU-TCT_2027_lanh-dao-nhiem-vu-san-xuat-kinh-doanh":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.80, "assignments": 0.45},
    "R42_NQ-HDND_2027_thong-qua-chuong-trinh-phat-trien-nha-o":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.90, "projects": 0.95,
         "agencies": 1.00, "assignments": 0.85},
    "R42_NQ-TU_2027_xay-dung-tinh-thanh-thanh-pho-truc-thuoc-trung-uong":
        {"document": 0.90, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.70,
         "agencies": 1.00, "assignments": 0.80},
    "R43_KH-SYT_2027_tu-chu-tai-chinh-benh-vien-cong-lap":
        {"document": 1.00, "sections": 0.95, "targets": 0.55, "deadlines": 0.95, "projects": 0.50,
         "agencies": 0.85, "assignments": 0.80},
    "R43_KH-UBND_2027_don-dien-doi-thua-tich-tu-ruong-dat":
        {"document": 1.00, "sections": 0.95, "targets": 0.60, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R43_KH-UBND_2027_nang-cap-co-so-tro-giup-xa-hoi":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.70},
    "R43_KH-UBND_2027_phat-trien-nhan-luc-nganh-ban-dan":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.80},
    "R43_KH-UBND_2027_phat-trien-san-xuat-muoi":
        {"document": 1.00, "sections": 0.95, "targets": 0.80, "deadlines": 0.95, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.75},
    "R43_KH-UBND_2027_trung-tam-phuc-vu-hanh-chinh-cong-cap-xa":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 0.00,
         "agencies": 0.80, "assignments": 0.75},
    "R43_NQ-BTVTU_2027_tang-cuong-cong-tac-ton-giao":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.75,
         "agencies": 1.00, "assignments": 0.90},
    "R43_NQ-HDND_2027_hoat-dong-chat-van-tai-ky-hop":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R44_BC-UBND_2027_tien-do-cai-tao-luoi-dien-nong-thon":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 0.75,
         "agencies": 0.85, "assignments": 0.75},
    "R44_CTr-UBND_2027_giam-thieu-rac-thai-nhua":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R44_KH-BTC_2027_to-chuc-nam-du-lich-quoc-gia":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.70},
    "R44_KH-UBND_2027_nguon-vat-lieu-dap-nen-cao-toc":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.85, "projects": 0.60,
         "agencies": 0.70, "assignments": 0.70},
    "R44_KH-UBND_2027_truong-mam-non-khu-cong-nghiep":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.85},
    "R44_KH-UBND_2027_xu-ly-o-nhiem-luu-vuc-song-Cau":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.55,
         "agencies": 0.95, "assignments": 0.75},
    "R44_NQ-BCH_2027_phat-trien-kinh-te-duoi-tan-rung":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 1.00, "projects": 0.65,
         "agencies": 0.90, "assignments": 0.95},
    "R44_NQ-HDND_2027_chinh-sach-ho-tro-tai-canh-ca-phe":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.70},
    "R45_BC-CTHADS_2027_ket-qua-thi-hanh-an-dan-su":
        {"document": 1.00, "sections": 0.90, "targets": 0.70, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.75},
    "R45_CTr-UBND_2027_chi-dan-dia-ly-nhan-hieu-nong-san":
        {"document": 1.00, "sections": 1.00, "targets": 0.55, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "R45_KH-SYT_2027_giam-suy-dinh-duong-tre-em":
        {"document": 1.00, "sections": 0.85, "targets": 0.85, "deadlines": 0.90, "projects": 0.00,
         "agencies": 0.85, "assignments": 0.80},
    "R45_KH-UBND_2027_phong-chong-ret-dam-ret-hai":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.80},
    "R45_KH-UBND_2027_phong-chong-tac-hai-thuoc-la-ruou-bia":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.00,
         "agencies": 1.00, "assignments": 0.90},
    "R45_NQ-DUQS_2027_xay-dung-luc-luong-dan-quan-tu-ve":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 1.00, "projects": 0.55,
         "agencies": 0.90, "assignments": 0.90},
    "R45_NQ-HDND_2027_ho-tro-can-bo-doi-du-sau-sap-xep":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.75},
    "R45_TTr-UBND_2027_de-nghi-ban-hanh-nghi-quyet-kien-co-hoa-kenh-muong":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.80, "assignments": 0.70},
    "R46_BC-BTT-MTTQ_2027_giam-sat-thuc-hien-dan-chu-co-so":
        {"document": 0.90, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R46_KH-BYT_2027_nang-cao-nang-luc-tram-y-te-xa":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 0.40,
         "agencies": 0.80, "assignments": 0.55},
    "R46_KH-SYT_2027_tro-giup-nguoi-khuyet-tat":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.85, "projects": 0.65,
         "agencies": 0.75, "assignments": 0.70},
    "R46_KH-UBND_2027_phat-trien-doi-tau-ca-khai-thac-xa-bo":
        {"document": 1.00, "sections": 1.00, "targets": 0.50, "deadlines": 1.00, "projects": 0.65,
         "agencies": 0.95, "assignments": 0.80},
    "R46_NQ-DU-xa_2027_phat-trien-kinh-te-xa-hoi-xa-bien-gioi":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.90, "assignments": 0.85},
    "R46_NQ-HDND_2027_dieu-chinh-ke-hoach-dau-tu-cong-nam-2027":
        {"document": 1.00, "sections": 0.60, "targets": 0.00, "deadlines": 0.85, "projects": 0.70,
         "agencies": 1.00, "assignments": 0.90},
    "R46_QD-UBND_2027_ke-hoach-bao-ton-phat-huy-di-tich":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 0.90, "projects": 0.50,
         "agencies": 0.90, "assignments": 0.80},
    "R46_TB-VPTU_2027_ket-luan-lam-viec-voi-dang-uy-xa":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R4_BC-So_2026_ket-qua-6-thang":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R4_KH-UBND-xa_2026_trien-khai":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.85},
    "R4_NQ-DU-xa_2026_chuyen-de":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.95},
    "R4_QD-UBND_2026_ban-hanh-ke-hoach":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    # (its gold splits a span of days, "từ ngày 01/11/2026 đến hết ngày 30/4/2027", into its two ends; the golds of
    # R13, R15, R17, R18 and R22 keep such a span whole, as the extractor now does: deadlines 0.90 -> 0.80)
    "R5_CT-UBND_2026_chi-thi":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.80, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "R5_KH-BTGDV_2026_tuyen-truyen":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.95},
    "R5_NQ-HDND-xa_2026_dau-tu-cong":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.95},
    "R5_TB-KL_2026_thong-bao-ket-luan":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.95},
    "R6_BC-UBND_2026_ktxh":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R6_CV-So_2026_de-nghi":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    "R6_KH-SoGDDT_2026_nam-hoc":
        # agencies 0.95 -> 0.90, assignments 0.90 -> 0.85: Các trường mầm non, tiểu học is a collective since the
        # thirty-ninth round, which its gold does not list
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R6_QD-UBND_2026_quy-che":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R7_BC-DU_2026_so-ket":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.85},
    "R7_CD-UBND_2026_ung-pho-bao":    # (lowered on 2026-12-06: its "tối thiểu 07 ngày" stock is found now, undated where the gold dates it)
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R7_CT-BTVTU_2026_giai-phong-mat-bang":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R7_KH-MTTQ_2026_cuoc-van-dong":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R7_KH-SCT_2026_nang-luong":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R7_KH-UBND-phuong_2026_trien-khai":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R7_NQ-HDND_2026_chinh-sach-ho-tro":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "R7_QD-CTUBND_2026_phe-duyet-de-an":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "R8_BC-UBND-xa_2026_6-thang":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.75,
         "agencies": 0.95, "assignments": 0.90},
    "R8_CTr-UBND_2026_chuong-trinh-cong-tac":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.95},
    "R8_KH-SKHCN_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
    "R8_KH-SYT_2026_phong-chong-dich":
        {"document": 1.00, "sections": 0.95, "targets": 1.00, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "R8_NQ-HDND-xa_2026_nhiem-vu-2027":    # (targets lowered on 2026-12-06: houses are counted "căn", as four blind golds do; this one writes "căn nhà")
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.90,
         "agencies": 1.00, "assignments": 0.85},
    "R8_QD-UBND_2026_quy-dinh":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.80, "assignments": 0.85},
    "R8_TB-VPTU_2026_ket-luan":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.90},
    "R8_TTr-So_2026_de-nghi":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 0.90, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.75},
    "R9_BC-Bo_2026_tinh-hinh-thuc-hien":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 0.90,
         "agencies": 0.85, "assignments": 0.70},
    "R9_CT-TTg_2026_chi-thi":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 0.70,
         "agencies": 0.95, "assignments": 0.95},
    "R9_KH-Bo_2026_thuc-hien-NQ-CP":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.80},
    "R9_KL-BCT_2026_ket-luan":
        {"document": 1.00, "sections": 1.00, "targets": 1.00, "deadlines": 1.00, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.95},
    "R9_NQ-CP_2026_chuong-trinh-hanh-dong":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.95, "assignments": 0.90},
    "R9_NQ-QH_2026_chu-truong-dau-tu":
        {"document": 1.00, "sections": 1.00, "targets": 0.40, "deadlines": 0.85, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "R9_NQ-TU_2026_pdf":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.85},
    "R9_QD-TTg_2026_quy-hoach-tinh":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.95,
         "agencies": 1.00, "assignments": 0.90},
    "SoCongThuong_BC_2026_tien-do":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.80, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "UBND_KH_2026_trien-khai-chi-thi":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "Chain33_BC-SNNMT_2028_ket-qua-thuc-hien-KH":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.90, "projects": 0.35,
         "agencies": 0.90, "assignments": 0.85},
    "Chain33_KH-UBND_2027_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.95, "projects": 0.30,
         "agencies": 0.95, "assignments": 0.95},
    "Chain33_NQ-TU_2027_an-toan-ho-dap":
        {"document": 1.00, "sections": 1.00, "targets": 0.55, "deadlines": 1.00, "projects": 0.00,
         "agencies": 0.90, "assignments": 0.65},
    "R47_HD-SNV_2027_hoi-dap-phong-chong-bao-luc-gia-dinh":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.00,
         "agencies": 0.90, "assignments": 0.85},
    "R47_KH-SVHTTDL_2027_phat-trien-van-hoa-doc":
        {"document": 1.00, "sections": 1.00, "targets": 0.55, "deadlines": 0.95, "projects": 0.00,
         "agencies": 0.95, "assignments": 0.90},
    "R47_KH-UBND_2027_phong-chong-tac-hai-thuoc-la":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.00,
         "agencies": 0.90, "assignments": 0.85},
    "R47_KH-UBND_2027_xuc-tien-dau-tu-song-ngu":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.90, "projects": 0.70,
         "agencies": 0.90, "assignments": 0.85},
    "R47_NQ-HDND_2027_ho-tro-phat-trien-duoc-lieu":
        {"document": 0.90, "sections": 0.95, "targets": 0.90, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.90, "assignments": 0.65},
    "R47_NQ-HU_2027_cai-tao-chuyen-doi-cho-truyen-thong":
        {"document": 1.00, "sections": 0.90, "targets": 0.90, "deadlines": 1.00, "projects": 0.90,
         "agencies": 0.80, "assignments": 0.80},
    "R47_QD-BYT_2027_suc-khoe-tam-than-cong-dong":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.80},
    "R47_QD-UBND_2027_de-an-xay-dung-xa-hoi-hoc-tap":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.40,
         "agencies": 0.90, "assignments": 0.75},
    "Chain34_BC-SNNMT_2028_ket-qua-thuc-hien-KH":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
    "Chain34_KH-UBND_2027_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.95},
    "Chain34_NQ-TU_2027_chat-thai-ran-sinh-hoat":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.95},
    "R48_CTr-TU_2027_phat-trien-cong-nghiep-van-hoa":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.40,
         "agencies": 1.00, "assignments": 0.90},
    "R48_KH-BXD_2027_phat-trien-vat-lieu-xay-dung-xanh":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.85, "assignments": 0.65},
    "R48_KH-SGDDT_2027_pho-cap-boi-phong-chong-duoi-nuoc":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 1.00, "projects": 0.30,
         "agencies": 0.70, "assignments": 0.65},
    "R48_KH-UBND_2027_bao-dam-an-toan-thuc-pham":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.70,
         "agencies": 0.95, "assignments": 0.75},
    "R48_KH-UBND_2027_phat-trien-ca-phe-dac-san":
        {"document": 0.85, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.60},
    "R48_NQ-HDND_2027_ho-tro-phat-trien-san-pham-OCOP":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.75},
    "R48_NQ-HDND_2027_sua-doi-bo-sung-ho-tro-giao-thong-nong-thon":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.65,
         "agencies": 1.00, "assignments": 0.75},
    "R48_TB-TU_2027_ket-luan-phat-trien-do-thi-ven-song":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 0.50,
         "agencies": 0.85, "assignments": 0.75},
    "Chain35_BC-SVHTTDL_2028_ket-qua-thuc-hien-KH":
        {"document": 1.00, "sections": 1.00, "targets": 0.35, "deadlines": 0.85, "projects": 1.00,
         "agencies": 0.70, "assignments": 0.75},
    "Chain35_KH-UBND_2027_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 1.00, "projects": 0.85,
         "agencies": 1.00, "assignments": 0.95},
    "Chain35_NQ-TU_2027_thiet-che-van-hoa-the-thao":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.90, "projects": 0.85,
         "agencies": 0.90, "assignments": 0.80},
    "R49_CTr-TU_2027_phat-trien-kinh-te-tuan-hoan":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.90,
         "agencies": 0.80, "assignments": 0.70},
    "R49_KH-SCT_2027_su-dung-nang-luong-tiet-kiem-hieu-qua":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 0.00,
         "agencies": 0.90, "assignments": 0.70},
    "R49_KH-SNV_2027_so-hoa-tai-lieu-luu-tru":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.90},
    "R49_KH-UBND_2027_phat-trien-dien-gio-ngoai-khoi":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.95, "projects": 0.75,
         "agencies": 0.95, "assignments": 0.90},
    "R49_KH-UBND_2027_thu-hut-dau-tu-trung-tam-du-lieu":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.80, "assignments": 0.70},
    "R49_NQ-HDND_2027_ho-tro-dong-bao-hiem-y-te":
        {"document": 1.00, "sections": 1.00, "targets": 0.75, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.95},
    "R49_NQ-HDND_2027_ho-tro-trong-rung-go-lon":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.85, "projects": 0.40,
         "agencies": 0.90, "assignments": 0.65},
    "R49_QD-UBND_2027_de-an-phat-trien-nganh-dua":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.90, "projects": 0.65,
         "agencies": 0.90, "assignments": 0.75},
    "Chain36_BC-SCT_2028_ket-qua-thuc-hien-KH":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.75, "projects": 0.55,
         "agencies": 0.85, "assignments": 0.85},
    "Chain36_KH-UBND_2027_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 0.85,
         "agencies": 0.95, "assignments": 0.95},
    "Chain36_NQ-TU_2027_kho-lanh-logistics-nong-san":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 1.00, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.70},
    "R50_CTr-TU_2027_giao-thong-ket-noi-vung":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.95, "projects": 0.50,
         "agencies": 0.95, "assignments": 0.95},
    "R50_KH-UBND_2027_phat-trien-dien-khi-LNG":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.80,
         "agencies": 1.00, "assignments": 0.90},
    "R50_KH-UBND_2027_phat-trien-nganh-che":
        {"document": 1.00, "sections": 0.85, "targets": 0.85, "deadlines": 0.95, "projects": 0.40,
         "agencies": 0.80, "assignments": 0.90},
    "R50_KH-UBND_2027_xu-ly-nuoc-thai-khu-cong-nghiep":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.85, "projects": 0.80,
         "agencies": 0.85, "assignments": 0.75},
    "R50_NQ-HDND_2027_ho-tro-nha-o-cong-nhan":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 1.00, "projects": 0.55,
         "agencies": 0.85, "assignments": 0.75},
    "R50_QD-UBND_2027_de-an-vung-nguyen-lieu-sau-rieng":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 1.00, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.65},
    "R50_TB-TU_2027_ket-luan-khu-kinh-te-cua-khau":
        {"document": 1.00, "sections": 1.00, "targets": 0.70, "deadlines": 0.95, "projects": 0.80,
         "agencies": 0.95, "assignments": 0.80},
    "R50_VBHN-HDND_2027_ho-tro-nuoi-bien-cong-nghe-cao":
        {"document": 1.00, "sections": 0.90, "targets": 0.75, "deadlines": 0.90, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.80},
}


@pytest.fixture(scope="module")
def report():
    return evaluate_dir([GOLD], [ROOT / "corpus"])


def test_every_synthetic_gold_file_has_floors():
    assert {f.stem for f in GOLD.glob("*.json")} == set(FLOORS)


def test_synthetic_floors(report):
    failures = below_floors(report, FLOORS)
    assert not failures, "\n".join(failures)


def test_floors_are_rounded_down_to_a_twentieth():
    assert rounded_down_to_a_twentieth(FLOORS)


def test_every_gold_document_kind_is_a_contract_kind():
    # CONTRACT.md lists eight kinds; a notice, a regulation or a letter is "other". A gold with
    # another word would mark the tool wrong for following the contract.
    import json
    from nlpolicy.types import DocKind
    kinds = {k.value for k in DocKind}
    golds = {p.name: json.loads(p.read_text(encoding="utf-8"))
             for p in sorted((ROOT / "corpus" / "gold").rglob("*.json"))}
    found = {name: g["document"]["kind"] for name, g in golds.items()
             if isinstance(g.get("document"), dict)}
    assert len(found) > 100
    assert {name: kind for name, kind in found.items() if kind not in kinds} == {}
