"""The KPIs tab: the headline figures of the last twelve months, charts month by month, and a CSV export."""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.kpis import NO_TIER, percent_text
from app.domain.money import Money
from app.services.kpi_report import KpiReportData, report_csv
from app.ui.formatting import NUMBER_ALIGNMENT, ShopFormat
from app.ui.manager.bridge import ManagerBridge
from app.ui.theme import ACCENT, GO, STOP, WARN, restyle


def axis_font() -> QFont:
    font = QFont()
    font.setPixelSize(13)
    return font


def rate(value: Fraction | None) -> float | None:
    """A rate as a percentage for a chart's point (charts draw floats; figures stay exact in the labels)."""
    return None if value is None else float(value * 100)


class KpiTab(QWidget):
    def __init__(self, bridge: ManagerBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTab")
        self._bridge = bridge
        self._fmt = fmt
        self.report: KpiReportData | None = None
        title = QLabel(self.tr("Key figures, last 12 months"), self)
        title.setProperty("role", "title")
        export = QPushButton(self.tr("Export CSV"), self)
        export.setObjectName("kpiExport")
        export.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        export.clicked.connect(self.choose_export)
        self.alert = QLabel(self)
        self.alert.setObjectName("redemptionAlert")
        self.alert.setProperty("role", "message")
        self.alert.setProperty("tone", "problem")
        self.alert.setWordWrap(True)
        self.alert.hide()
        self.message = QLabel(self)
        self.message.setProperty("role", "hint")
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        captions = {
            "nps": self.tr("NPS"),
            "repeat": self.tr("Repeat-purchase rate"),
            "active": self.tr("Active members"),
            "participation": self.tr("Receipts with a card"),
            "redemption": self.tr("Redemption rate"),
            "member_receipt": self.tr("Average receipt, members"),
            "other_receipt": self.tr("Average receipt, others"),
            "clv": self.tr("Customer lifetime value"),
            "churn": self.tr("Churn"),
            "liability": self.tr("Points outstanding (liability)"),
            "tiers": self.tr("Tiers"),
        }
        for row, (key, caption) in enumerate(captions.items()):
            name = QLabel(caption, self)
            value = QLabel("–", self)
            value.setObjectName(f"kpi_{key}")
            value.setProperty("role", "figure")
            value.setWordWrap(True)
            value.setAlignment(NUMBER_ALIGNMENT)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.figures[key] = value
        self.trend = QChartView(self)
        self.trend.setObjectName("kpiTrend")
        self.trend.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.tier_chart = QChartView(self)
        self.tier_chart.setObjectName("kpiTiers")
        self.tier_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(export)
        left = QVBoxLayout()
        left.addWidget(self.alert)
        left.addLayout(grid)
        left.addStretch(1)
        left.addWidget(self.message)
        charts = QVBoxLayout()
        charts.addWidget(self.trend, 3)
        charts.addWidget(self.tier_chart, 2)
        body = QHBoxLayout()
        body.addLayout(left, 38)
        body.addLayout(charts, 62)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(top)
        root.addLayout(body, 1)

    def load(self) -> None:
        self.message.setText(self.tr("Counting…"))
        self._bridge.run(self._bridge.services.kpis.build, self.show_report, self.message.setText)

    def _money(self, value: Money | None) -> str:
        return "–" if value is None else self._fmt.money(value)

    def show_report(self, report: KpiReportData) -> None:
        self.report = report
        kpis = report.kpis
        nps = kpis.nps
        figures = self.figures
        figures["nps"].setText(
            self.tr("{score} ({answers} answers)").format(
                score="–" if nps.score is None else percent_text(nps.score / 100).rstrip("%"), answers=nps.answers
            )
        )
        figures["repeat"].setText(percent_text(kpis.repeat_rate))
        figures["active"].setText(percent_text(kpis.active_share))
        figures["participation"].setText(percent_text(kpis.participation))
        figures["redemption"].setText(percent_text(kpis.redemption_rate))
        figures["member_receipt"].setText(self._money(kpis.average_member_receipt))
        figures["other_receipt"].setText(self._money(kpis.average_other_receipt))
        figures["clv"].setText(self._money(kpis.lifetime_value))
        figures["churn"].setText(percent_text(kpis.churn))
        figures["liability"].setText(
            self.tr("{points} points = {money}").format(
                points=self._fmt.points(kpis.outstanding_points), money=self._money(kpis.points_liability)
            )
        )
        tiers = next(iter(sorted(kpis.tiers.items())), None)
        # One tier a line: wrapped in the middle of "Silver 0" it read as two figures.
        figures["tiers"].setText(
            "\n".join(f"{name or self.tr('no tier')} {count}" for name, count in tiers[1].items()) if tiers else "–"
        )
        self.alert.setVisible(kpis.redemption_alert)
        if kpis.redemption_alert:
            self.alert.setText(
                self.tr(
                    "Only {rate} of the points earned are spent (under 20%): the program is not working for customers."
                ).format(rate=percent_text(kpis.redemption_rate))
            )
            restyle(self.alert)
        self.message.setText(
            self.tr("From {start} to {end} · {scope}").format(
                start=self._fmt.date_time(report.start)[:-6],
                end=self._fmt.date_time(report.end)[:-6],
                scope=report.scope,
            )
        )
        self.trend.setChart(self._trend_chart(report))
        self.tier_chart.setChart(self._tier_chart(tiers))

    def _trend_chart(self, report: KpiReportData) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Month by month (%)"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        months = [f"{m.month[5:]}/{m.month[2:4]}" for m in report.months]
        axis_x = QBarCategoryAxis()
        axis_x.append(months)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        for axis in (axis_x, axis_y):
            axis.setLabelsFont(axis_font())
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        low = 0.0
        lines = (
            (self.tr("Receipts with a card"), ACCENT, [rate(m.participation) for m in report.months]),
            (self.tr("Redemption rate"), GO, [rate(m.redemption_rate) for m in report.months]),
            (self.tr("NPS"), STOP, [None if m.scores.score is None else float(m.scores.score) for m in report.months]),
            (self.tr("Alert under 20%"), WARN, [20.0 for _m in report.months]),
        )
        for name, colour, values in lines:
            series = QLineSeries()
            series.setName(name)
            pen = QPen(QColor(colour))
            pen.setWidth(3)
            if colour == WARN:
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            series.setPointsVisible(colour != WARN)
            for index, value in enumerate(values):
                if value is not None:
                    series.append(index, value)
                    low = min(low, value)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        axis_y.setRange(-100 if low < 0 else 0, 100)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setShowToolTips(True)  # a key too long for its room is shortened; the whole of it on hover
        return chart

    def _tier_chart(self, tiers: tuple[str, Mapping[str, int]] | None) -> QChart:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        if tiers is None:
            chart.setTitle(self.tr("No tier ladder"))
            return chart
        ladder, counts = tiers
        chart.setTitle(self.tr("Cards by tier: {ladder}").format(ladder=ladder))
        bars = QBarSet(self.tr("Cards"))
        bars.setColor(QColor(ACCENT))
        names = []
        for name, count in counts.items():
            names.append(self.tr("no tier") if name == NO_TIER else name)
            bars.append(count)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(names)
        axis_x.setTruncateLabels(False)  # a tier's name ("no tier" in Georgian) is read whole under its bar
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        # Ticks a whole number of cards apart: with a few cards, evenly spaced ticks fall between whole numbers and
        # "%d" then labels them 0, 0, 0, 1.
        most = max([*counts.values(), 1])
        step = math.ceil(most / 4)
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(step)
        axis_y.setRange(0, step * math.ceil(most * 1.15 / step))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        return chart

    def choose_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the KPIs"), "kpis.csv", "CSV (*.csv)")
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        report = self.report
        if report is None:
            return

        def work() -> Path:
            path.write_text(report_csv(report), encoding="utf-8")
            return path

        self._bridge.run(
            work, lambda p: self.message.setText(self.tr("Saved to {path}.").format(path=str(p))), self.message.setText
        )
