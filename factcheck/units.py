"""The one pint registry factcheck uses, built on first use and kept for the process.

Language modules map their unit words to pint unit names ("km" -> "kilometer", "ton" ->
"metric_ton"); this module turns such a name into pint's own spelling (``str(unit)``) and
converts durations. Every lookup is cached, so pint is asked once per distinct name.
Importing this module does not import pint.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["UNIT_SYMBOLS", "is_time_unit", "registry", "to_hours", "unit_name"]

# Unit symbols shared by every language (the words live in factcheck/lang/*.py). Symbols are
# matched case-sensitively: "mm" is a millimetre, "Mm" would be a megametre.
UNIT_SYMBOLS: dict[str, str] = {
    "km": "kilometer",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "mi": "mile",
    "ft": "foot",
    "in.": "inch",
    "yd": "yard",
    "km²": "kilometer ** 2",
    "km2": "kilometer ** 2",
    "m²": "meter ** 2",
    "m2": "meter ** 2",
    "cm²": "centimeter ** 2",
    "ha": "hectare",
    "m³": "meter ** 3",
    "m^2": "meter ** 2",
    "m^3": "meter ** 3",
    "km^2": "kilometer ** 2",
    "rad": "radian",
    "m3": "meter ** 3",
    "l": "liter",
    "L": "liter",
    "ml": "milliliter",
    "cl": "centiliter",
    "dl": "deciliter",
    "hl": "hectoliter",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "t": "metric_ton",
    "lb": "pound",
    "lbs": "pound",
    "oz": "ounce",
    "km/h": "kilometer / hour",
    "km/u": "kilometer / hour",
    "m/s": "meter / second",
    "mph": "mile / hour",
    "kph": "kilometer / hour",
    "kmph": "kilometer / hour",
    "km/hr": "kilometer / hour",
    "kn": "knot",
    "°C": "degree_Celsius",
    "ºC": "degree_Celsius",
    "° C": "degree_Celsius",
    "°F": "degree_Fahrenheit",
    "ºF": "degree_Fahrenheit",
    "° F": "degree_Fahrenheit",
    "°": "degree_Celsius",
    "°c": "degree_Celsius",
    "°f": "degree_Fahrenheit",
    "º C": "degree_Celsius",
    "º F": "degree_Fahrenheit",
    "dm": "decimeter",
    "µg": "microgram",
    "ug": "microgram",
    "cc": "centimeter ** 3",
    "K": "kelvin",
    "J": "joule",
    "kJ": "kilojoule",
    "MJ": "megajoule",
    "kcal": "kilocalorie",
    "Wh": "watt_hour",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "pk": "horsepower",
    "PS": "horsepower",
    "hp": "horsepower",
    "ch": "horsepower",
    "B": "byte",
    "kB": "kilobyte",
    "KB": "kilobyte",
    "MB": "megabyte",
    "Mb": "megabit",
    "Gb": "gigabit",
    "kb": "kilobit",
    "GB": "gigabyte",
    "TB": "terabyte",
    "PB": "petabyte",
    "Mbit/s": "megabit / second",
    "Mb/s": "megabit / second",
    "Gbit/s": "gigabit / second",
    "s": "second",
    "sec": "second",
    "min": "minute",
    "u": "hour",
    "h": "hour",
    "hrs": "hour",
}


@functools.cache
def registry() -> Any:  # noqa: ANN401 - pint ships incomplete type hints
    """The process-wide pint ``UnitRegistry``, built on first use."""
    import pint

    return pint.UnitRegistry(autoconvert_offset_to_baseunit=True)


@functools.cache
def unit_name(name: str) -> str:
    """Pint's own spelling of the unit ``name`` ("kilometer/hour" -> "kilometer / hour").

    >>> unit_name("kilometer/hour")
    'kilometer / hour'
    """
    return str(registry().Unit(name))


@functools.cache
def is_time_unit(name: str) -> bool:
    """Whether ``name`` is a unit of time.

    >>> is_time_unit("day"), is_time_unit("meter")
    (True, False)
    """
    unit = registry().Unit(name)
    return bool(unit.dimensionality == registry().Unit("second").dimensionality)


@functools.cache
def to_hours(name: str) -> float:
    """How many hours one ``name`` (a time unit) lasts.

    >>> to_hours("day")
    24.0
    """
    return float(registry().Quantity(1, name).to("hour").magnitude)
