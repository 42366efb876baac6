"""The approved CAR-T products (docs/clinical-basis.md, "Products"; docs/patient-format.md)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Target(StrEnum):
    CD19 = "CD19"
    BCMA = "BCMA"


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    brand: str
    generic: str
    target: Target
    split_dose: bool = False


PRODUCTS: dict[str, Product] = {
    p.id: p
    for p in (
        Product("tisa-cel", "Kymriah", "tisagenlecleucel", Target.CD19),
        Product("axi-cel", "Yescarta", "axicabtagene ciloleucel", Target.CD19),
        Product("brexu-cel", "Tecartus", "brexucabtagene autoleucel", Target.CD19),
        Product("liso-cel", "Breyanzi", "lisocabtagene maraleucel", Target.CD19),
        # Two infusions (day 1 and day 10 +/-2 after LD): day 0 is the first (FACTS §0).
        Product("obe-cel", "Aucatzyl", "obecabtagene autoleucel", Target.CD19, split_dose=True),
        Product("ide-cel", "Abecma", "idecabtagene vicleucel", Target.BCMA),
        Product("cilta-cel", "Carvykti", "ciltacabtagene autoleucel", Target.BCMA),
    )
}
