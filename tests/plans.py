"""The bundled plans, named once for every test module."""

from pathlib import Path

PLANS = Path(__file__).resolve().parent.parent / "data" / "plans"
HANOI_2023 = "hanoi-2023-kh70-giao-duc-nghe-nghiep.txt"
HANOI_2025 = "hanoi-2025-kh177-dao-tao-nghe-lao-dong-nong-thon.txt"
HAIPHONG_STRATEGY = "haiphong-2021-2030-chien-luoc-gdnn.txt"
HAIPHONG_NQ06 = "haiphong-2023-nq06-thi-truong-lao-dong.txt"
HAIDUONG = "haiduong-2023-sldtbxh-phat-trien-nguon-nhan-luc.txt"
ALL_PLANS = [HANOI_2023, HANOI_2025, HAIPHONG_STRATEGY, HAIPHONG_NQ06, HAIDUONG]
