package main

// countryAliases are the short and informal names news uses that the
// sources lack or filter out (codes of three letters or fewer).
var countryAliases = map[string][]string{
	"US": {"U.S.", "US", "USA", "U.S.A.", "America", "United States of America"},
	"GB": {"UK", "U.K.", "Britain", "Great Britain", "United Kingdom"},
	"AE": {"UAE", "U.A.E.", "Emirates"},
	"CD": {"Zaire", "DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "Democratic Republic of the Congo"},
	"CG": {"Congo-Brazzaville", "Republic of Congo", "Congo Republic"},
	"KR": {"South Korea", "Republic of Korea"},
	"KP": {"North Korea", "DPRK"},
	"RU": {"Russian Federation"},
	"CZ": {"Czech Republic", "Czechia"},
	"CI": {"Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire", "Côte d’Ivoire"},
	"MM": {"Burma"},
	"LK": {"Ceylon"},
	"ZW": {"Rhodesia"},
	"TH": {"Siam"},
	"SZ": {"Swaziland", "Eswatini"},
	"MK": {"Macedonia", "North Macedonia"},
	"TR": {"Turkey", "Turkiye", "Türkiye"},
	"NL": {"Holland", "The Netherlands"},
	"VA": {"Vatican", "Vatican City", "Holy See"},
	"PS": {"Palestine", "Palestinian Territories", "Occupied Palestinian Territories"},
	"TL": {"East Timor", "Timor-Leste"},
	"CV": {"Cape Verde", "Cabo Verde"},
	"BA": {"Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"},
	"SY": {"Syria"},
	"IR": {"Iran", "Persia"},
	"VN": {"Vietnam", "Viet Nam"},
	"LA": {"Laos"},
	"TW": {"Taiwan"},
	"BO": {"Bolivia"},
	"VE": {"Venezuela"},
	"TZ": {"Tanzania"},
	"MD": {"Moldova"},
	"FM": {"Micronesia"},
	"GM": {"Gambia", "The Gambia"},
	"BS": {"Bahamas", "The Bahamas"},
}

// extraDemonyms are demonyms and adjectives the sources lack.
var extraDemonyms = map[string]string{
	"British": "GB", "Briton": "GB", "English": "GB", "Scottish": "GB", "Welsh": "GB", "Scot": "GB",
	"Dutch": "NL", "Filipino": "PH", "Philippine": "PH", "Emirati": "AE", "Saudi": "SA", "Palestinian": "PS",
	"Congolese": "CD", "Israeli": "IL", "Argentinian": "AR", "Korean": "KR", "Bosnian": "BA",
	"Kosovar": "XK", "Turk": "TR", "Dane": "DK", "Swede": "SE", "Serb": "RS", "Croat": "HR",
	"Iranian": "IR", "Afghan": "AF", "Yemeni": "YE", "Uzbek": "UZ", "Tajik": "TJ", "Turkmen": "TM",
	"Kyrgyz": "KG", "Kazakh": "KZ", "Chechen": "RU", "Tibetan": "CN", "Taiwanese": "TW",
	"Qatari": "QA", "Omani": "OM", "Kuwaiti": "KW", "Bahraini": "BH", "Lebanese": "LB",
	"Syrian": "SY", "Iraqi": "IQ", "Libyan": "LY", "Sudanese": "SD", "Somali": "SO",
	"Nigerien": "NE", "Nigerian": "NG", "Malian": "ML", "Chadian": "TD", "Ethiopian": "ET",
	"Eritrean": "ER", "Kenyan": "KE", "Ugandan": "UG", "Rwandan": "RW", "Burundian": "BI",
	"Zimbabwean": "ZW", "Mozambican": "MZ", "Venezuelan": "VE", "Colombian": "CO", "Mexican": "MX",
	"Cuban": "CU", "Haitian": "HT", "Salvadoran": "SV", "Guatemalan": "GT", "Honduran": "HN",
	"Nicaraguan": "NI", "Peruvian": "PE", "Chilean": "CL", "Brazilian": "BR", "Ecuadorian": "EC",
	"Bolivian": "BO", "Paraguayan": "PY", "Uruguayan": "UY", "Myanmar": "MM", "Burmese": "MM",
	"Cambodian": "KH", "Vietnamese": "VN", "Laotian": "LA", "Thai": "TH", "Malaysian": "MY",
	"Indonesian": "ID", "Singaporean": "SG", "Pakistani": "PK", "Indian": "IN", "Bangladeshi": "BD",
	"Nepali": "NP", "Nepalese": "NP", "Sri Lankan": "LK", "Mongolian": "MN", "Japanese": "JP",
	"Chinese": "CN", "Australian": "AU", "New Zealander": "NZ", "Canadian": "CA", "American": "US",
	"Russian": "RU", "Ukrainian": "UA", "Belarusian": "BY", "Georgian": "GE", "Armenian": "AM",
	"Azerbaijani": "AZ", "Azeri": "AZ", "Moldovan": "MD", "Romanian": "RO", "Bulgarian": "BG",
	"Greek": "GR", "Turkish": "TR", "Cypriot": "CY", "Albanian": "AL", "Macedonian": "MK",
	"Montenegrin": "ME", "Serbian": "RS", "Croatian": "HR", "Slovenian": "SI", "Slovene": "SI",
	"Hungarian": "HU", "Slovak": "SK", "Czech": "CZ", "Polish": "PL", "Lithuanian": "LT",
	"Latvian": "LV", "Estonian": "EE", "Finnish": "FI", "Swedish": "SE", "Norwegian": "NO",
	"Danish": "DK", "Icelandic": "IS", "Irish": "IE", "French": "FR", "Spanish": "ES",
	"Portuguese": "PT", "Italian": "IT", "German": "DE", "Austrian": "AT", "Swiss": "CH",
	"Belgian": "BE", "Luxembourgish": "LU", "Egyptian": "EG", "Moroccan": "MA", "Algerian": "DZ",
	"Tunisian": "TN", "Jordanian": "JO", "South African": "ZA", "Ghanaian": "GH", "Senegalese": "SN",
	"Cameroonian": "CM", "Angolan": "AO", "Namibian": "NA", "Zambian": "ZM", "Malawian": "MW",
	"Tanzanian": "TZ", "South Sudanese": "SS", "North Korean": "KP", "South Korean": "KR",
	"Hongkonger": "HK", "Puerto Rican": "PR", "Jamaican": "JM", "Dominican": "DO",
}

// excludedLanguages are languages of one country whose name is not (only)
// its people's adjective.
var excludedLanguages = map[string]bool{"Latin": true, "Hebrew": true, "Sign Language": true}

type continent struct {
	id       int
	name     string
	lat, lon float64
	alts     []string
	demonyms []string
}

// continents with their GeoNames ids and points.
var continents = []continent{
	{6255146, "Africa", 7.1881, 21.0938, nil, []string{"African"}},
	{6255147, "Asia", 29.8405, 89.2969, nil, []string{"Asian"}},
	{6255148, "Europe", 48.6909, 9.1407, nil, []string{"European"}},
	{6255149, "North America", 46.0732, -100.5469, nil, []string{"North American"}},
	{6255150, "South America", -14.6048, -57.6563, nil, []string{"South American"}},
	{6255151, "Oceania", -18.3128, 138.5156, nil, nil},
	{6255152, "Antarctica", -78.1586, 16.4063, nil, nil},
}

type region struct {
	name     string
	alts     []string
	demonyms []string
	members  []string // ISO 3166-1 alpha-2; the point is their centre
}

// regions are the macro-regions news names; members decide membership
// (for the focus country and for context) and the point.
var regions = []region{
	{"Central Asia", nil, []string{"Central Asian"}, []string{"KZ", "KG", "TJ", "TM", "UZ"}},
	{"Middle East", []string{"Mideast", "Middle-East"}, []string{"Middle Eastern"},
		[]string{"BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"}},
	{"Balkans", []string{"Balkan Peninsula"}, []string{"Balkan"}, []string{"AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI", "GR", "RO"}},
	{"Western Balkans", nil, nil, []string{"AL", "BA", "XK", "ME", "MK", "RS"}},
	{"Caucasus", []string{"South Caucasus", "Caucasus region"}, nil, []string{"AM", "AZ", "GE"}},
	{"North Caucasus", nil, nil, []string{"RU"}},
	{"Sub-Saharan Africa", []string{"Subsaharan Africa", "sub-Saharan Africa"}, nil,
		[]string{"AO", "BJ", "BW", "BF", "BI", "CM", "CV", "CF", "TD", "KM", "CG", "CD", "CI", "DJ", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "MG", "MW", "ML", "MR", "MU", "MZ", "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO", "ZA", "SS", "SD", "TZ", "TG", "UG", "ZM", "ZW"}},
	{"Latin America", nil, []string{"Latin American"},
		[]string{"AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "HT", "MX", "NI", "PA", "PY", "PE", "PR", "UY", "VE"}},
	{"Western Europe", nil, []string{"Western European"}, []string{"AT", "BE", "FR", "DE", "LI", "LU", "MC", "NL", "CH", "GB", "IE"}},
	{"Eastern Europe", nil, []string{"Eastern European"}, []string{"BY", "BG", "CZ", "HU", "MD", "PL", "RO", "RU", "SK", "UA"}},
	{"Central Europe", nil, []string{"Central European"}, []string{"AT", "CZ", "DE", "HU", "PL", "SK", "SI", "CH"}},
	{"Southern Europe", nil, nil, []string{"ES", "PT", "IT", "GR", "MT", "CY", "HR"}},
	{"Northern Europe", nil, nil, []string{"DK", "EE", "FI", "IS", "IE", "LV", "LT", "NO", "SE", "GB"}},
	{"Southeast Asia", []string{"South-East Asia", "South East Asia", "Southeastern Asia"}, []string{"Southeast Asian", "South-East Asian"},
		[]string{"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"}},
	{"South Asia", []string{"Southern Asia"}, []string{"South Asian"}, []string{"AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"}},
	{"East Asia", []string{"Eastern Asia"}, []string{"East Asian"}, []string{"CN", "JP", "KP", "KR", "MN", "TW", "HK", "MO"}},
	{"Asia-Pacific", []string{"Asia Pacific", "Asia-Pacific region"}, nil, []string{"AU", "CN", "ID", "JP", "KR", "MY", "NZ", "PH", "SG", "TH", "VN", "IN"}},
	{"North Africa", []string{"Northern Africa"}, []string{"North African"}, []string{"DZ", "EG", "LY", "MA", "TN", "SD"}},
	{"West Africa", []string{"Western Africa"}, []string{"West African"},
		[]string{"BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN", "SL", "TG"}},
	{"East Africa", []string{"Eastern Africa"}, []string{"East African"}, []string{"BI", "DJ", "ER", "ET", "KE", "RW", "SO", "SS", "TZ", "UG"}},
	{"Central Africa", []string{"Middle Africa"}, nil, []string{"CM", "CF", "TD", "CG", "CD", "GQ", "GA"}},
	{"Southern Africa", nil, nil, []string{"ZA", "NA", "BW", "ZW", "MZ", "LS", "SZ", "ZM", "MW", "AO"}},
	{"Horn of Africa", nil, nil, []string{"DJ", "ER", "ET", "SO"}},
	{"Sahel", []string{"Sahel region"}, nil, []string{"BF", "ML", "MR", "NE", "TD", "SN"}},
	{"Maghreb", nil, nil, []string{"DZ", "LY", "MA", "MR", "TN"}},
	{"Levant", nil, nil, []string{"CY", "IL", "JO", "LB", "PS", "SY"}},
	{"Persian Gulf", []string{"Arabian Gulf", "Gulf region", "Gulf states"}, nil, []string{"BH", "KW", "OM", "QA", "SA", "AE", "IQ", "IR"}},
	{"Scandinavia", nil, []string{"Scandinavian"}, []string{"DK", "NO", "SE"}},
	{"Nordic countries", []string{"Nordics"}, []string{"Nordic"}, []string{"DK", "FI", "IS", "NO", "SE"}},
	{"Baltic states", []string{"Baltics", "Baltic countries"}, []string{"Baltic"}, []string{"EE", "LV", "LT"}},
	{"Caribbean", []string{"Caribbean region"}, nil, []string{"AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT"}},
	{"Central America", nil, []string{"Central American"}, []string{"BZ", "CR", "SV", "GT", "HN", "NI", "PA"}},
	{"Americas", []string{"The Americas"}, nil, []string{"US", "CA", "MX", "BR", "AR", "CO", "PE", "VE", "CL"}},
	{"Gaza Strip", []string{"Gaza strip"}, nil, []string{"PS"}},
	{"West Bank", nil, nil, []string{"PS"}},
	{"European Union", []string{"EU", "E.U."}, nil,
		[]string{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}},
	{"Scandinavian Peninsula", nil, nil, []string{"NO", "SE"}},
}

type feature struct {
	name     string
	alts     []string
	lat, lon float64
	fcode    string // GeoNames feature code
}

// features are the physical features news names most: oceans, seas and
// gulfs, large islands, rivers, mountain ranges, deserts (approximate
// centres).
var features = []feature{
	{"Atlantic Ocean", []string{"Atlantic", "North Atlantic", "South Atlantic"}, 0, -25, "OCN"},
	{"Pacific Ocean", []string{"Pacific", "South Pacific", "North Pacific"}, 0, -160, "OCN"},
	{"Indian Ocean", nil, -20, 80, "OCN"},
	{"Arctic Ocean", []string{"Arctic"}, 85, 0, "OCN"},
	{"Southern Ocean", nil, -60, 90, "OCN"},
	{"Mediterranean Sea", []string{"Mediterranean"}, 35, 18, "SEA"},
	{"Black Sea", nil, 43.4, 34.3, "SEA"},
	{"Caspian Sea", nil, 41.7, 50.7, "LK"},
	{"Red Sea", nil, 20.3, 38.5, "SEA"},
	{"Baltic Sea", nil, 58, 20, "SEA"},
	{"North Sea", nil, 56, 3, "SEA"},
	{"Aegean Sea", []string{"Aegean"}, 39, 25, "SEA"},
	{"Adriatic Sea", []string{"Adriatic"}, 43, 15, "SEA"},
	{"Caribbean Sea", nil, 15, -75, "SEA"},
	{"South China Sea", nil, 12, 113, "SEA"},
	{"East China Sea", nil, 29, 125, "SEA"},
	{"Yellow Sea", nil, 35, 123, "SEA"},
	{"Sea of Japan", []string{"East Sea"}, 40, 135, "SEA"},
	{"Arabian Sea", nil, 15, 65, "SEA"},
	{"Sea of Azov", nil, 46, 36.5, "SEA"},
	{"Dead Sea", nil, 31.5, 35.5, "LK"},
	{"Gulf of Mexico", nil, 25, -90, "GULF"},
	{"Gulf of Aden", nil, 12, 48, "GULF"},
	{"Gulf of Guinea", nil, 2, 3, "GULF"},
	{"Bay of Bengal", nil, 15, 88, "BAY"},
	{"English Channel", nil, 50.2, -1, "CHN"},
	{"Strait of Hormuz", nil, 26.6, 56.3, "STRT"},
	{"Bosphorus", nil, 41.1, 29.05, "STRT"},
	{"Suez Canal", nil, 30.6, 32.3, "CNL"},
	{"Panama Canal", nil, 9.1, -79.7, "CNL"},
	{"Lake Victoria", nil, -1, 33, "LK"},
	{"Lake Chad", nil, 13, 14, "LK"},
	{"Great Lakes", nil, 45, -84, "LKS"},
	{"Nile", []string{"Nile River", "River Nile"}, 15.6, 32.5, "STM"},
	{"Danube", []string{"Danube River", "River Danube"}, 45.2, 28.7, "STM"},
	{"Euphrates", []string{"Euphrates River"}, 34.5, 40.9, "STM"},
	{"Tigris", []string{"Tigris River"}, 33.3, 44.4, "STM"},
	{"Amazon", []string{"Amazon River", "Amazon rainforest", "Amazon Rainforest"}, -3.4, -60, "STM"},
	{"Mississippi River", nil, 32.3, -91, "STM"},
	{"Yangtze", []string{"Yangtze River"}, 30.6, 114.3, "STM"},
	{"Mekong", []string{"Mekong River"}, 15, 105.8, "STM"},
	{"Ganges", []string{"Ganges River"}, 25.3, 83, "STM"},
	{"Rhine", []string{"Rhine River"}, 50.4, 7.6, "STM"},
	{"Jordan River", nil, 32, 35.55, "STM"},
	{"Rio Grande", nil, 29.5, -104.3, "STM"},
	{"Alps", []string{"the Alps"}, 46.5, 10, "MTS"},
	{"Himalayas", []string{"Himalaya"}, 28, 85, "MTS"},
	{"Andes", nil, -20, -68, "MTS"},
	{"Rocky Mountains", []string{"Rockies"}, 44, -110, "MTS"},
	{"Urals", []string{"Ural Mountains"}, 60, 59, "MTS"},
	{"Sahara", []string{"Sahara Desert"}, 23, 13, "DSRT"},
	{"Sinai Peninsula", []string{"Sinai"}, 29.5, 33.8, "PEN"},
	{"Arabian Peninsula", nil, 23, 46, "PEN"},
	{"Korean Peninsula", nil, 37.5, 127.5, "PEN"},
	{"Iberian Peninsula", nil, 40, -4, "PEN"},
	{"Crimea", []string{"Crimean Peninsula"}, 45.3, 34.4, "PEN"},
	{"Golan Heights", nil, 33, 35.75, "PLAT"},
	{"Luzon", nil, 16, 121, "ISL"},
	{"Mindanao", nil, 8, 125, "ISL"},
	{"Borneo", nil, 0.5, 114, "ISL"},
	{"Sumatra", nil, 0, 102, "ISL"},
	{"Java", nil, -7.5, 110, "ISL"},
	{"Sulawesi", nil, -2, 121, "ISL"},
	{"New Guinea", nil, -5.5, 141, "ISL"},
	{"Sicily", nil, 37.5, 14.2, "ISL"},
	{"Sardinia", nil, 40, 9, "ISL"},
	{"Corsica", nil, 42.15, 9.1, "ISL"},
	{"Crete", nil, 35.25, 24.9, "ISL"},
	{"Long Island", nil, 40.8, -73.3, "ISL"},
	{"Tasmania", nil, -42, 147, "ISL"},
	{"Hokkaido", nil, 43.5, 142.8, "ISL"},
	{"Honshu", nil, 36, 138, "ISL"},
	{"Bali", nil, -8.4, 115.2, "ISL"},
	{"Zanzibar", nil, -6.1, 39.3, "ISL"},
	{"Kashmir", nil, 34.5, 76, "RGN"},
	{"Siberia", nil, 60, 100, "RGN"},
	{"Patagonia", nil, -45, -69, "RGN"},
	{"Darfur", nil, 13, 24, "RGN"},
	{"Donbas", []string{"Donbass"}, 48, 38.5, "RGN"},
	{"Kurdistan", []string{"Iraqi Kurdistan"}, 36.5, 44, "RGN"},
	{"Tibet", nil, 31, 88, "RGN"},
	{"Xinjiang", nil, 41, 85, "RGN"},
	{"Chechnya", nil, 43.3, 45.7, "RGN"},
	{"Amazonia", nil, -5, -63, "RGN"},
	{"Antarctic", nil, -80, 0, "RGN"},
}

// unitAbbreviations are the abbreviations of US states (AP style) and
// Canadian provinces (Canadian Press) that datelines use: "Glasgow, Ky.".
var unitAbbreviations = map[string][]string{
	"US.AL": {"Ala."}, "US.AZ": {"Ariz."}, "US.AR": {"Ark."}, "US.CA": {"Calif."}, "US.CO": {"Colo."},
	"US.CT": {"Conn."}, "US.DE": {"Del."}, "US.FL": {"Fla."}, "US.GA": {"Ga."}, "US.IL": {"Ill."},
	"US.IN": {"Ind."}, "US.KS": {"Kan.", "Kans."}, "US.KY": {"Ky."}, "US.LA": {"La."}, "US.MD": {"Md."},
	"US.MA": {"Mass."}, "US.MI": {"Mich."}, "US.MN": {"Minn."}, "US.MS": {"Miss."}, "US.MO": {"Mo."},
	"US.MT": {"Mont."}, "US.NE": {"Neb.", "Nebr."}, "US.NV": {"Nev."}, "US.NH": {"N.H."}, "US.NJ": {"N.J."},
	"US.NM": {"N.M."}, "US.NY": {"N.Y."}, "US.NC": {"N.C."}, "US.ND": {"N.D."}, "US.OK": {"Okla."},
	"US.OR": {"Ore.", "Oreg."}, "US.PA": {"Pa.", "Penn."}, "US.RI": {"R.I."}, "US.SC": {"S.C."}, "US.SD": {"S.D."},
	"US.TN": {"Tenn."}, "US.TX": {"Tex."}, "US.VT": {"Vt."}, "US.VA": {"Va."}, "US.WA": {"Wash."},
	"US.WV": {"W.Va.", "W.Va"}, "US.WI": {"Wis.", "Wisc."}, "US.WY": {"Wyo."}, "US.DC": {"D.C.", "Washington, D.C."},
	"CA.01": {"Alta."}, "CA.02": {"B.C."}, "CA.03": {"Man."}, "CA.04": {"N.B."}, "CA.05": {"N.L.", "Nfld."},
	"CA.07": {"N.S."}, "CA.08": {"Ont."}, "CA.09": {"P.E.I."}, "CA.10": {"Que."}, "CA.11": {"Sask."},
	"CA.13": {"N.W.T."}, "CA.12": {"Y.T."},
	"AU.02": {"NSW", "N.S.W."}, "AU.04": {"Qld", "Qld."}, "AU.06": {"Tas."}, "AU.07": {"Vic."},
}
