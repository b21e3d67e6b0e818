#!/usr/bin/env python3
"""Writes a wire page like src/Syndicate/Samples/buitenland.txt with N distinct, realistic items.

Deterministic: the same N gives the same bytes (a fixed seed, no clock). Each item is
"DATELINE (AGENCY[/AGENCY]) - body", its age glued before the next dateline, newest first.
Usage: generate-wire-page.py N > page.txt
"""
import random
import sys

CITIES = [
    "BRUSSEL", "PARIJS", "LONDEN", "BERLIJN", "MOSKOU", "WASHINGTON", "NEW YORK", "PEKING", "TOKIO",
    "KYIV", "ROME", "MADRID", "WENEN", "ATHENE", "ANKARA", "CAÏRO", "JERUZALEM", "BEIROET", "TEHERAN",
    "NEW DELHI", "JAKARTA", "SYDNEY", "NAIROBI", "JOHANNESBURG", "LAGOS", "BRASILIA", "BUENOS AIRES",
    "OTTAWA", "GENÈVE", "STOCKHOLM", "OSLO", "KOPENHAGEN", "WARSCHAU", "BOEDAPEST", "PRAAG", "LISSABON",
    "DUBLIN", "HELSINKI", "AMSTERDAM", "DEN HAAG", "ROTTERDAM", "MILAAN", "MINNEAPOLIS", "SEOUL",
]
AGENCIES = ["ANP", "ANP/AFP", "ANP/RTR", "ANP/AFP/RTR", "ANP/DPA", "ANP/AP", "ANP/BELGA", "ANP/EFE", "ANP/NTB"]
SUBJECTS = [
    "De regering", "Het parlement", "De centrale bank", "Een woordvoerder van het ministerie van Buitenlandse Zaken",
    "De oppositieleider", "De premier", "De politie", "Het hooggerechtshof", "De minister van Defensie",
    "Een vakbond", "De burgemeester", "Een groep actievoerders", "Het leger", "De minister van Financiën",
]
VERBS = [
    "heeft woensdag aangekondigd dat", "maakte dinsdag bekend dat", "zei donderdag in een verklaring dat",
    "bevestigde vrijdag dat", "liet maandag weten dat", "heeft zaterdag gewaarschuwd dat",
]
CLAUSES = [
    "de begroting voor volgend jaar met {n} miljoen euro wordt verhoogd",
    "er {n} mensen zijn aangehouden na de onlusten van het afgelopen weekeinde",
    "de onderhandelingen over een nieuw handelsakkoord na {n} dagen zijn vastgelopen",
    "de verkiezingen met {n} weken worden uitgesteld vanwege de veiligheidssituatie",
    "het aantal asielaanvragen in het eerste kwartaal met {n} procent is gestegen",
    "een onderzoek naar de brand in de haven, waarbij {n} gewonden vielen, wordt uitgebreid",
    "de energieprijzen de komende {n} maanden onder een plafond blijven",
    "er {n} extra militairen naar de grens worden gestuurd",
    "de staking in het openbaar vervoer na {n} uur is beëindigd",
    "een nieuwe wet over de bescherming van persvrijheid met {n} stemmen voor is aangenomen",
]
FOLLOW_UPS = [
    "Critici noemen het besluit \"een stap in de verkeerde richting\" en kondigen protesten aan.",
    "Volgens waarnemers is het de grootste verandering in jaren.",
    "De Europese Commissie zegt de ontwikkelingen nauwlettend te volgen.",
    "Het is nog onduidelijk wanneer de maatregelen ingaan.",
    "Eerder deze maand waren er al gesprekken tussen beide partijen, die zonder resultaat bleven.",
    "Lokale media melden dat de spanningen in de hoofdstad oplopen.",
    "Een meerderheid van de bevolking steunt volgens peilingen het plan.",
    "De markten reageerden kalm op het nieuws.",
]


def age(minutes):
    if minutes < 60:
        return "1 minuut geleden" if minutes == 1 else f"{minutes} minuten geleden"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} uur geleden"
    days = hours // 24
    return "1 dag geleden" if days == 1 else f"{days} dagen geleden"


def item(rng, i):
    city = rng.choice(CITIES)
    agencies = rng.choice(AGENCIES)
    clause = rng.choice(CLAUSES).format(n=10 + i)
    body = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {clause}. {' '.join(rng.sample(FOLLOW_UPS, 2))}"
    return f"{city} ({agencies}) - {body}"


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    rng = random.Random(20260328)
    out = sys.stdout
    out.write("Kabinet presenteert plannen voor de komende jaren\n")
    out.write(item(rng, 0) + "\n")
    out.write("Meer uit Buitenland\n")
    previous_age = ""
    for i in range(1, count):
        out.write(previous_age + item(rng, i) + "\n")
        previous_age = age(2 * i)
    out.write(previous_age + "\n")


if __name__ == "__main__":
    main()
