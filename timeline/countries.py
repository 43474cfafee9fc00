"""Country codes as the archive uses them: ISO 3166-1 alpha-2, plus EU for the European Union."""

import pycountry

NON_ISO_COUNTRIES = {"EU": "European Union"}


def is_valid_country(code: str) -> bool:
    return code in NON_ISO_COUNTRIES or pycountry.countries.get(alpha_2=code) is not None


def country_name(code: str) -> str:
    """The English short name of a country code, or the code itself when unknown."""
    if code in NON_ISO_COUNTRIES:
        return NON_ISO_COUNTRIES[code]
    country = pycountry.countries.get(alpha_2=code) if code else None
    return (
        str(getattr(country, "common_name", None) or getattr(country, "name", code))
        if country
        else code
    )
