package theme

// taxonomy is the theme list: a name and its cue words and phrases, which
// are stemmed (see stem) before matching, so that "protesters",
// "protesting" and "protests" all hit "protest". Cues were chosen to name
// the theme, not merely co-occur with it; phrases take precedence over
// their words.
var taxonomy = []struct {
	name string
	cues string // comma-separated
}{
	{"PROTEST", "protest, protester, protestor, demonstration, demonstrator, rally, march, marcher, riot, rioter, unrest, sit-in, take to the streets, took to the streets, uprising, dissent, discontent, slogan, chant, placard, picket, walkout, hunger strike, civil disobedience"},
	{"REPRESSION", "crackdown, repression, repressive, suppress, tear gas, riot police, water cannon, rubber bullet, live ammunition, excessive force, disperse, political prisoner, persecution, persecute, intimidation, harassment, detain, detention, torture, shoot to kill, curfew, state of emergency, martial law, enforced disappearance"},
	{"ELECTION", "election, electoral, vote, voter, voting, ballot, poll, polling station, candidate, campaign, referendum, turnout, runoff, re-election, incumbent"},
	{"CORRUPTION", "corruption, corrupt, bribe, bribery, embezzlement, embezzle, kickback, graft, nepotism, cronyism, money laundering, impunity, kleptocracy, oligarch, clique, patronage, misappropriation"},
	{"POLITICAL_REFORM", "reform, reformist, constitution, constitutional, amendment, democratisation, democratization, liberalisation, liberalization, political participation, political power, transition, decentralisation, decentralization, term limit, power-sharing, political system"},
	{"INEQUALITY", "inequality, unequal, fairness, redistribution, redistribute, wealth gap, elite, disparity, privilege, privileged, social justice, socio-economic, have-nots, gap between rich and poor, poverty, the poor, wage gap, income gap"},
	{"POVERTY", "poverty, poor, destitute, deprivation, slum, low wages, living standards, cost of living, impoverish"},
	{"ARMED_CONFLICT", "war, fighting, clash, offensive, shelling, airstrike, air strike, rebel, insurgent, insurgency, militia, frontline, front line, artillery, battle, combatant, ceasefire, armed conflict, civil war, gunfire, troops"},
	{"TERRORISM", "terrorism, terrorist, suicide bomber, suicide bombing, car bomb, jihadist, jihad, extremist, al qaeda, al-qaeda, islamic state, isis, hostage, explosive device, roadside bomb"},
	{"HUMAN_RIGHTS", "human rights, rights groups, amnesty international, human rights watch, civil liberties, dignity, civil society, rights activist, abuse, due process, freedom of assembly, arbitrary"},
	{"MEDIA_FREEDOM", "journalist, press freedom, freedom of the press, censorship, censor, freedom of expression, free speech, blogger, internet shutdown, reporter, media outlet, independent media, newspaper closed"},
	{"ECONOMY", "economy, economic, inflation, gdp, growth, recession, market, investment, investor, price, budget, debt, currency, fiscal, tax, exports, stock, interest rate, central bank"},
	{"NATURAL_RESOURCES", "natural resources, oil, gas, mining, mine, mineral, uranium, coal, gold, copper, pipeline, oilfield, commodity, extraction, resource wealth"},
	{"ENERGY", "energy, electricity, fuel, power plant, power grid, gasoline, petrol, liquefied gas, lpg, renewable, blackout, power cut, fuel price"},
	{"HEALTH", "health, hospital, disease, virus, pandemic, epidemic, vaccine, vaccination, covid, patient, medical, outbreak, cholera, malaria, clinic"},
	{"DISASTER", "earthquake, flood, flooding, hurricane, cyclone, tsunami, drought, wildfire, landslide, disaster, typhoon, eruption, avalanche"},
	{"CLIMATE", "climate, global warming, emissions, carbon, greenhouse gas, fossil fuel, net zero, climate change"},
	{"ENVIRONMENT", "pollution, environment, environmental, deforestation, biodiversity, toxic, contamination, polluted, conservation, wildlife"},
	{"MIGRATION", "migrant, migration, immigration, immigrant, emigration, emigrate, asylum seeker, smuggler, people smuggling, border crossing, undocumented"},
	{"REFUGEES", "refugee, displaced, internally displaced, refugee camp, unhcr, asylum, flee, fled"},
	{"LABOUR", "worker, trade union, labour union, labor union, wage, salary, labour, labor, employment, unemployment, unemployed, employer, pension, strike, workforce, oil workers"},
	{"EDUCATION", "school, university, student, teacher, education, curriculum, exam, pupil"},
	{"CRIME", "crime, criminal, gang, robbery, theft, drug trafficking, trafficking, cartel, homicide, kidnapping, smuggling, murder"},
	{"JUSTICE", "court, trial, judge, prosecutor, verdict, lawyer, conviction, convicted, acquit, supreme court, lawsuit, sentenced, prosecution, judiciary, tribunal"},
	{"RELIGION", "religious, religion, church, mosque, muslim, christian, islam, islamic, cleric, imam, priest, faith, sectarian, blasphemy"},
	{"ETHNIC_CONFLICT", "ethnic, ethnic minority, tribal, tribe, ethnic cleansing, genocide, ethnic violence, interethnic, inter-ethnic"},
	{"GENDER", "women, woman, gender, feminist, femicide, domestic violence, sexual violence, girls, women's rights, gender equality"},
	{"LGBT", "lgbt, lgbtq, gay, lesbian, transgender, homosexual, same-sex, queer"},
	{"FOOD_SECURITY", "food, famine, hunger, starvation, malnutrition, food prices, food shortage, grain, wheat, food aid"},
	{"DIPLOMACY", "diplomat, diplomatic, ambassador, embassy, summit, foreign minister, bilateral, treaty, diplomacy, envoy, foreign ministry"},
	{"PEACE_PROCESS", "peace, ceasefire, truce, peace talks, mediation, mediator, reconciliation, peace accord, peace agreement, peacekeeping, peacekeeper"},
	{"SANCTIONS", "sanction, embargo, asset freeze, blacklist, travel ban"},
	{"MILITARY", "military, army, troops, soldier, defence, defense, weapon, missile, navy, armed forces, air force, conscription, general staff"},
	{"NUCLEAR", "nuclear, uranium, enrichment, warhead, iaea, reactor, atomic"},
	{"CYBER", "cyber, hacker, hacking, ransomware, malware, cyberattack, cyber attack, data breach"},
	{"AUTHORITARIANISM", "authoritarian, authoritarianism, regime, dictator, dictatorship, autocrat, autocratic, autocracy, one-party, strongman, personality cult, rubber-stamp, state control, iron fist, rule"},
	{"OPPOSITION", "opposition, dissident, opposition party, opposition leader, critic of the government, political opponent"},
	{"TRADE", "trade, export, import, tariff, free trade, wto, exporter, importer, trade deal"},
	{"HOUSING", "housing, rent, eviction, homeless, homelessness, mortgage, tenant, landlord"},
	{"SEPARATISM", "separatist, separatism, independence, secession, secede, autonomy, self-determination, breakaway"},
	{"COUP", "coup, junta, putsch, seize power, seized power, military takeover, coup attempt"},
	{"AGRICULTURE", "farmer, agriculture, agricultural, crop, farm, livestock, irrigation, harvest"},
	{"LEGISLATION", "law, bill, legislation, parliament, lawmaker, decree, statute, legislature, legislative"},
	{"DISINFORMATION", "disinformation, misinformation, propaganda, fake news, conspiracy theory"},
}
