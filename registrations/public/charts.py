"""Horizontal bar charts as inline SVG, drawn by the server (templates/includes/bar_chart.html).

Each chart is shown next to a table with the same numbers, which is what screen readers read.
"""

from dataclasses import dataclass

ROW_HEIGHT = 44
BAR_HEIGHT = 18
WIDTH = 1000
VALUE_ROOM = 90  # for the number after the longest bar


@dataclass
class Bar:
    label: str
    value: int
    y: int
    width: int

    @property
    def bar_y(self) -> int:
        return self.y + 8

    @property
    def text_y(self) -> int:
        return self.y + 2

    @property
    def value_x(self) -> int:
        return self.width + 8

    @property
    def value_y(self) -> int:
        return self.bar_y + BAR_HEIGHT - 4


def bar_chart(rows: list[tuple[str, int]]) -> dict:
    highest = max((value for _label, value in rows), default=0) or 1
    bars = [
        Bar(
            label=str(label),
            value=value,
            y=index * ROW_HEIGHT + 14,
            width=round(value * (WIDTH - VALUE_ROOM) / highest),
        )
        for index, (label, value) in enumerate(rows)
    ]
    return {
        "bars": bars,
        "height": len(bars) * ROW_HEIGHT + 10,
        "width": WIDTH,
        "bar_height": BAR_HEIGHT,
    }
