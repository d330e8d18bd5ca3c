#!/usr/bin/env python3
"""Writes a made-up school dataset in the layout of Samples/datasets/riverside-area.csv, for
measuring `support-router batch`, `partners` and `capacity` at scale.

Schools cluster around made-up towns inside England's extent on the British National Grid, about
four in five primary, with Ofsted grades and Progress scores drawn from rough national shares.
No real school is described.

Usage: Scripts/generate-schools.py [ROWS] [SEED] [TOWNS] [SPREAD] [AREA] > schools.csv
(defaults: 22000 rows, seed 1, 400 towns, schools spread 6000 m around each town; fewer towns and a
smaller spread make a denser area). AREA `england` (the default) writes British National Grid
Easting and Northing columns; AREA `wide` writes Latitude and Longitude instead, with one town per
55 schools over a box of about 45 Englands (latitude 35 to 65, longitude -10 to 40), so a million
rows keep the density of England's schools; read it with Scripts/generated-wide.map.yaml.
"""
import math
import random
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 22000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)

town_count = int(sys.argv[3]) if len(sys.argv) > 3 else 400
spread = float(sys.argv[4]) if len(sys.argv) > 4 else 6000
wide = len(sys.argv) > 5 and sys.argv[5] == "wide"
if wide:
    town_count = max(1, rows // 55)
if wide:
    towns = [(rng.uniform(-10, 40), rng.uniform(35, 65)) for _ in range(town_count)]
else:
    towns = [(rng.uniform(350000, 560000), rng.uniform(100000, 560000)) for _ in range(town_count)]
authorities = [f"Authority {index:03d}" for index in range(150)]
regions = ["North East", "North West", "Yorkshire and the Humber", "East Midlands", "West Midlands",
           "East of England", "London", "South East", "South West"]
phases = [("Primary", 0.80), ("Secondary", 0.16), ("Special", 0.04)]
grades = [("Outstanding", 0.19), ("Good", 0.66), ("Requires Improvement", 0.09), ("Inadequate", 0.03), ("", 0.03)]
weak_areas = ["", "", "", "teaching_and_learning", "leadership", "behaviour", "data_and_assessment",
              "teaching_and_learning;leadership"]


def pick(shares):
    roll = rng.random()
    for value, share in shares:
        roll -= share
        if roll < 0:
            return value
    return shares[-1][0]


out = sys.stdout
place = "Longitude,Latitude" if wide else "Easting,Northing"
out.write(f"URN,Name,Phase,{place},OfstedGrade,LA,Region,ProgressScore,WeakAreas,PartnershipHealthy\n")
for index in range(rows):
    town = rng.randrange(len(towns))
    east, north = towns[town]
    if wide:
        # Metres to degrees: 111 km to a degree of latitude, fewer of longitude away from the equator.
        easting = f"{east + rng.gauss(0, spread) / (111320 * math.cos(math.radians(north))):.5f}"
        northing = f"{north + rng.gauss(0, spread) / 111320:.5f}"
    else:
        easting = round(east + rng.gauss(0, spread))
        northing = round(north + rng.gauss(0, spread))
    phase = pick(phases)
    grade = pick(grades)
    progress = "" if rng.random() < 0.05 else f"{rng.gauss(0, 0.6):.2f}"
    name = f"{['St Mary', 'Oak', 'Hill', 'Park', 'Brook', 'Green', 'Castle', 'Mill'][index % 8]} {phase} School {index}"
    healthy = "yes" if rng.random() < 0.7 else "no"
    out.write(f"{200000 + index},{name},{phase},{easting},{northing},{grade},{authorities[town % len(authorities)]},"
              f"{regions[town % 9]},{progress},{rng.choice(weak_areas)},{healthy}\n")
