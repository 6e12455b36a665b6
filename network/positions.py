"""A place on the map of Finland, drawn by the server: an event's position (WGS84 latitude and
longitude, as coordinators copy them from any map service) projected onto the region
boundaries of network.maps, which are in ETRS-TM35FIN (EPSG:3067) kilometres. No tiles, no
third party: the same inline SVG as the region maps, with a dot.

The projection is the transverse Mercator of JHS 197 (Krüger's series on GRS80, central
meridian 27°E, scale 0.9996, false easting 500 km); at the map's scale a metre does not show,
and the series is good to a millimetre across Finland.
"""

import math
from dataclasses import dataclass

from network.maps import region_shapes

_A = 6378137.0
_F = 1 / 298.257222101
_K0 = 0.9996
_LON0 = math.radians(27)
_FALSE_EASTING = 500000.0


def to_tm35fin(latitude: float, longitude: float) -> tuple[float, float]:
    """(easting, northing) in metres."""
    n = _F / (2 - _F)
    a1 = _A / (1 + n) * (1 + n**2 / 4 + n**4 / 64)
    e = math.sqrt(_F * (2 - _F))
    h1 = n / 2 - 2 / 3 * n**2 + 37 / 96 * n**3 - 1 / 360 * n**4
    h2 = 1 / 48 * n**2 + 1 / 15 * n**3 - 437 / 1440 * n**4
    h3 = 17 / 480 * n**3 - 37 / 840 * n**4
    h4 = 4397 / 161280 * n**4
    phi, lam = math.radians(latitude), math.radians(longitude)
    q = math.asinh(math.tan(phi)) - e * math.atanh(e * math.sin(phi))
    beta = math.atan(math.sinh(q))
    eta0 = math.atanh(math.cos(beta) * math.sin(lam - _LON0))
    xi0 = math.asin(math.sin(beta) * math.cosh(eta0))
    xi, eta = xi0, eta0
    for index, h in enumerate((h1, h2, h3, h4), start=1):
        xi += h * math.sin(2 * index * xi0) * math.cosh(2 * index * eta0)
        eta += h * math.cos(2 * index * xi0) * math.sinh(2 * index * eta0)
    return _FALSE_EASTING + a1 * eta * _K0, a1 * xi * _K0


@dataclass
class PositionMap:
    viewbox: str
    paths: list[str]
    x: float
    y: float


def position_map(latitude, longitude) -> PositionMap | None:
    """What templates/network/_position_map.html draws; None for a place off the map."""
    easting, northing = to_tm35fin(float(latitude), float(longitude))
    viewbox, paths = region_shapes()
    left, top, width, height = (float(part) for part in viewbox.split())
    x, y = easting / 1000, -northing / 1000
    if not (left <= x <= left + width and top <= y <= top + height):
        return None
    return PositionMap(viewbox=viewbox, paths=list(paths.values()), x=round(x, 1), y=round(y, 1))
