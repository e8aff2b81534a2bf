"""Dates the way the interface language writes them."""
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from desktop.common.formats import date_text, moment_text


@pytest.fixture
def locale():
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))
    yield use
    QLocale.setDefault(QLocale("en"))


def test_dates_in_chinese(locale):
    locale("zh_CN")
    assert date_text("2024-12-23") == "2024年12月23日"
    assert date_text("2024-03") == "2024年3月"
    assert date_text("2024") == "2024年"
    assert date_text("二〇二四年") == "二〇二四年"  # not a date Yandu wrote: as it is
    assert date_text(None) == ""
    assert moment_text(datetime(2024, 12, 23, 9, 5)) == "2024年12月23日 09:05"


def test_dates_in_english(locale):
    locale("en")
    assert date_text("2024-12-23") == "2024-12-23"
    assert moment_text(datetime(2024, 12, 23, 9, 5)) == "2024-12-23 09:05"
