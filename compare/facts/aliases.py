"""The alias table: known places and organisations, their variant spellings, and demonyms.

Data only, hand-written. It is what makes "Kiev" in one source and "Kyiv" in another the same
entity. Extend it here: add a canonical name to `PLACES` or `ORGS`, and any variant spelling,
abbreviation or metonym to `ALIASES` (keys are lower case, curly apostrophes written straight).
"""

from __future__ import annotations

# Canonical place names: countries, capitals, cities and regions that news copy names often.
PLACES: tuple[str, ...] = (
    # Countries
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium",
    "Bolivia", "Bosnia", "Brazil", "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chad",
    "Chile", "China", "Colombia", "Congo", "Croatia", "Cuba", "Cyprus", "Czech Republic",
    "Denmark", "Ecuador", "Egypt", "Eritrea", "Estonia", "Ethiopia", "Finland", "France",
    "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Haiti", "Hungary", "Iceland",
    "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan",
    "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Latvia", "Lebanon", "Libya",
    "Lithuania", "Luxembourg", "Mali", "Malta", "Mexico", "Moldova", "Mongolia", "Montenegro",
    "Morocco", "Myanmar", "Nepal", "Netherlands", "New Zealand", "Niger", "Nigeria",
    "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palestine", "Panama",
    "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
    "Saudi Arabia", "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa",
    "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland",
    "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Tunisia", "Turkey",
    "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom",
    "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia",
    "Zimbabwe",
    # Parts of countries and regions
    "England", "Scotland", "Wales", "Northern Ireland", "Europe", "Eastern Europe",
    "Western Europe", "Asia", "Africa", "Middle East", "Balkans", "Baltics", "Caucasus",
    "Crimea", "Donbas", "Donetsk", "Luhansk", "Donetsk People's Republic",
    "Luhansk People's Republic", "South Ossetia", "Abkhazia", "Transnistria", "Chechnya",
    "Siberia", "Black Sea", "Sea of Azov", "Baltic Sea", "Soviet Union", "Gaza", "West Bank",
    # Cities
    "Kyiv", "Kharkiv", "Odesa", "Lviv", "Mariupol", "Dnipro", "Zaporizhzhia", "Kherson",
    "Avdiivka", "Popasna", "Sevastopol", "Minsk", "Moscow", "St Petersburg", "Washington",
    "Washington DC", "New York", "London", "Paris", "Berlin", "Brussels", "Geneva", "Vienna",
    "Warsaw", "Munich", "Rome", "Madrid", "Beijing", "Tokyo", "Ankara", "Istanbul", "Tbilisi",
    "Vilnius", "Riga", "Tallinn", "Helsinki", "Stockholm", "Oslo", "Copenhagen", "Prague",
    "Budapest", "Bucharest", "Jerusalem", "Tehran", "Damascus", "Baghdad", "Kabul",
)

# Canonical organisation names, including the metonyms news copy uses for governments.
ORGS: tuple[str, ...] = (
    "NATO", "European Union", "United Nations", "UN Security Council", "UN General Assembly",
    "European Commission", "European Council", "European Parliament", "OSCE", "G7", "G20",
    "IMF", "World Bank", "WHO", "Kremlin", "White House", "Downing Street", "Pentagon",
    "State Department", "Foreign Office", "Ministry of Defence", "Duma", "Congress", "Senate",
    "House of Commons", "House of Lords", "Parliament", "Cobra", "Gazprom", "Nord Stream 2",
    "ITV News", "BBC", "CNN", "Reuters", "Associated Press", "AFP", "Interfax", "Tass",
    "RIA Novosti", "Sky News", "Guardian", "Financial Times",
)

# Variant spelling or abbreviation (lower case) -> canonical name in PLACES or ORGS.
ALIASES: dict[str, str] = {
    # Transliterations: the Russian-derived spelling maps to the Ukrainian one.
    "kiev": "Kyiv",
    "kharkov": "Kharkiv",
    "odessa": "Odesa",
    "lugansk": "Luhansk",
    "donbass": "Donbas",
    "zaporozhye": "Zaporizhzhia",
    "dnipropetrovsk": "Dnipro",
    "avdeyevka": "Avdiivka",
    "dpr": "Donetsk People's Republic",
    "lpr": "Luhansk People's Republic",
    "st. petersburg": "St Petersburg",
    "saint petersburg": "St Petersburg",
    "washington d.c.": "Washington DC",
    "ussr": "Soviet Union",
    # Countries
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "america": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "russian federation": "Russia",
    "czechia": "Czech Republic",
    "holland": "Netherlands",
    "the netherlands": "Netherlands",
    "uae": "United Arab Emirates",
    "turkiye": "Turkey",
    "burma": "Myanmar",
    # Organisations
    "nato": "NATO",
    "eu": "European Union",
    "un": "United Nations",
    "u.n.": "United Nations",
    "security council": "UN Security Council",
    "united nations security council": "UN Security Council",
    "general assembly": "UN General Assembly",
    "united nations general assembly": "UN General Assembly",
    "the kremlin": "Kremlin",
    "the white house": "White House",
    "number 10": "Downing Street",
    "no 10": "Downing Street",
    "the duma": "Duma",
    "state duma": "Duma",
    "russian duma": "Duma",
    "russia's parliament": "Duma",
    "the pentagon": "Pentagon",
    "ap": "Associated Press",
    "agence france-presse": "AFP",
    "cobr": "Cobra",
    "world health organization": "WHO",
    "international monetary fund": "IMF",
}

# Spelling variants of people's names (lower case) -> the spelling used as canonical. Word by
# word, so "Sergei Lavrov" and "Mr Zelensky" meet "Sergey Lavrov" and "Volodymyr Zelenskyy".
PERSON_SPELLINGS: dict[str, str] = {
    "sergei": "Sergey",
    "dmitri": "Dmitry",
    "dmitriy": "Dmitry",
    "zelensky": "Zelenskyy",
    "zelenskiy": "Zelenskyy",
    "zelenskyi": "Zelenskyy",
    "volodimir": "Volodymyr",
    "alexey": "Alexei",
    "aleksei": "Alexei",
    "oleksiy": "Oleksii",
    "yury": "Yuri",
    "yuriy": "Yuri",
    "navalnyy": "Navalny",
    "lukashenka": "Lukashenko",
}

# Adjectives of nationality -> the place they name. Used to qualify titles ("the Russian
# president") and available to later stages for matching; never emitted as entities, since
# "Russian troops" is not a mention of Russia in the way "Russia said" is.
DEMONYMS: dict[str, str] = {
    "american": "United States",
    "austrian": "Austria",
    "belarusian": "Belarus",
    "british": "United Kingdom",
    "chinese": "China",
    "dutch": "Netherlands",
    "english": "England",
    "estonian": "Estonia",
    "european": "Europe",
    "finnish": "Finland",
    "french": "France",
    "georgian": "Georgia",
    "german": "Germany",
    "irish": "Ireland",
    "israeli": "Israel",
    "italian": "Italy",
    "japanese": "Japan",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "polish": "Poland",
    "russian": "Russia",
    "scottish": "Scotland",
    "soviet": "Soviet Union",
    "spanish": "Spain",
    "swedish": "Sweden",
    "turkish": "Turkey",
    "ukrainian": "Ukraine",
    "welsh": "Wales",
}
