"""Bar charts of euros as inline SVG, drawn by the server (templates/includes/euro_chart.html):
for each row a verified and a reported-only bar, side by side and never stacked (they are
different kinds of figure), growing right from a zero line for a saving and left for a cost
increase. A table with the same figures stands next to each chart: it is what a screen reader
reads, and the chart is hidden from it."""

from dataclasses import dataclass
from decimal import Decimal

WIDTH = 1000
LABEL_ROOM = 14  # the row's label above its bars
BAR_HEIGHT = 14
GAP = 4
ROW_HEIGHT = LABEL_ROOM + 2 * BAR_HEIGHT + GAP + 14
VALUE_ROOM = 130  # for the sum written after the longest bar, on each side that has bars


@dataclass
class Bar:
    kind: str  # "verified" or "reported"
    value: Decimal
    x: int
    y: int
    width: int
    value_x: int
    anchor: str  # where the written sum hangs from: "start" right of a bar, "end" left of it

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT - 3


@dataclass
class ChartRow:
    label: str
    label_y: int
    bars: list[Bar]


def euro_chart(rows: list[tuple[str, Decimal, Decimal]]) -> dict:
    """rows: (label, verified, reported). Zero and negative values are drawn honestly: a zero
    as no bar, a negative one to the left of the zero line."""
    values = [value for _label, *pair in rows for value in pair]
    highest = max((v for v in values if v > 0), default=Decimal(0))
    lowest = -min((v for v in values if v < 0), default=Decimal(0))
    room = WIDTH - VALUE_ROOM * ((highest > 0) + (lowest > 0))
    span = (highest + lowest) or Decimal(1)
    zero = (VALUE_ROOM if lowest else 0) + int(room * lowest / span)
    drawn = []
    for index, (label, verified, reported) in enumerate(rows):
        top = index * ROW_HEIGHT
        bars = []
        for place, (kind, value) in enumerate((("verified", verified), ("reported", reported))):
            width = int(room * abs(value) / span)
            y = top + LABEL_ROOM + 4 + place * (BAR_HEIGHT + GAP)
            if value >= 0:
                bars.append(Bar(kind, value, zero, y, width, zero + width + 6, "start"))
            else:
                bars.append(Bar(kind, value, zero - width, y, width, zero - width - 6, "end"))
        drawn.append(ChartRow(label=str(label), label_y=top + LABEL_ROOM, bars=bars))
    return {
        "rows": drawn,
        "width": WIDTH,
        "height": len(rows) * ROW_HEIGHT + 6,
        "zero": zero,
        "bar_height": BAR_HEIGHT,
    }
