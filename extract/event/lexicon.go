package event

import (
	"strings"
)

// The trigger lexicon maps lemmas (and multi-word phrases of lemmas) to the
// 18 PLOVER categories. It was written from the PLOVER category definitions
// and the CAMEO verb codebook that PLOVER regroups (CAMEO 01–20 → PLOVER);
// LEXICON.md explains the choices. One line per entry:
//
//	phrase | CATEGORY | mode | flags
//
// phrase: space-separated lemmas; "*" matches up to four tokens of any kind
// ("lay down * arms", "pulled its troops out"); "<class>" matches any lemma of
// a word class of wordClasses ("expel * <civilians>"). Of two matches that
// end at the same token, the one with more words wins. flags:
//
//	v    verb only; n noun only (default: either, decided by context)
//	a    agent noun ("protesters"): a weak cue that the event happened
//	gf   governs a complement that is future or intended ("threatened to strike")
//	gh   governs a complement that is only wanted ("demanded that X resign")
//	gn   governs a complement that is denied ("refused to sign")
//	k    outcome of violence ("killed", "wounded"): takes the type and mode of
//	     a more specific violent trigger in the same clause
//	r    repression: ASSAULT instead of COERCE when the sentence counts dead or injured
//	w    generic: a giving verb ("give", "send") that is AID only when something material follows
//	p    a vow: THREATEN, but AGREE when what is vowed is cooperative ("vowed to help")
const lexiconText = `
# AGREE: agree to, accept, promise or offer a future action; sign or reach an agreement (CAMEO 03, 057).
agree|AGREE||gf
accept|AGREE||v
promise|AGREE||gf
pledge|AGREE||gf
offer|AGREE||gf
commit * to|AGREE||gf
consent|AGREE||gf
sign|SUPPORT||v
agreement|AGREE||n
accord|AGREE||n
deal|AGREE||n
pact|AGREE||n
treaty|AGREE||n
ceasefire|AGREE||n
cease-fire|AGREE||n
truce|AGREE||n
settle|AGREE||v
reach * agreement|AGREE||
ready|AGREE||gf v
willing|AGREE||gf v
# CONSULT: meet, visit, host, negotiate, mediate, talk by telephone (CAMEO 04).
meet|CONSULT|visit|v
meeting|CONSULT|visit|n
talk|CONSULT|visit|
talks|CONSULT|visit|n
visit|CONSULT|visit|
host|CONSULT|host|v
consult|CONSULT||v
consultation|CONSULT||n
negotiate|CONSULT|third-party|v
negotiation|CONSULT|third-party|n
mediate|CONSULT|third-party|v
mediation|CONSULT|third-party|n
discuss|CONSULT||v
summit|CONSULT|multilateral|n
confer|CONSULT||v
telephone|CONSULT|phone|
travel to|CONSULT|visit|
phone|CONSULT|phone|
# SUPPORT: praise, endorse, defend, apologise, establish or upgrade relations (CAMEO 05, 051, 055, 064).
support|SUPPORT||
praise|SUPPORT||
welcome|SUPPORT||v
endorse|SUPPORT||v
defend|SUPPORT||v
back|SUPPORT||v
apologize|SUPPORT||v
apologise|SUPPORT||v
apology|SUPPORT||n
commend|SUPPORT||v
hail|SUPPORT||v
applaud|SUPPORT||v
solidarity|SUPPORT||n
congratulate|SUPPORT||v
thank|SUPPORT||v
recognize|SUPPORT||v
recognise|SUPPORT||v
upgrade|SUPPORT||v
restore * ties|SUPPORT||
restore * relations|SUPPORT||
laud|SUPPORT||v
solidarity|SUPPORT||n
forgive|SUPPORT||v
forgive * debt|AID||
write off * debt|AID||
cancel * debt|AID||
debt relief|AID||n
line of credit|AID||n
credit line|AID||n
escort|AID||v
military protection|AID||
send * peacekeeping|AID|peacekeeping|
deploy * peacekeeping|AID|peacekeeping|
dispatch * peacekeeper|AID|peacekeeping|
dispatch * peacekeeping|AID|peacekeeping|
sympathy|SUPPORT||n
condolence|SUPPORT||n
express * support|SUPPORT||
voice * support|SUPPORT||
establish * relations|SUPPORT||
establish * ties|SUPPORT||
normalize * relations|SUPPORT||
normalise * relations|SUPPORT||
grant * recognition|SUPPORT||
rally * support|SUPPORT||
mobilize * support|SUPPORT||
mobilise * support|SUPPORT||
mobilize * <backers>|SUPPORT||
mobilise * <backers>|SUPPORT||
drum up * support|SUPPORT||
express * gratitude|SUPPORT||
extend * recognition|SUPPORT||
open * embassy|SUPPORT||
exchange * ambassador|SUPPORT||
stand by|SUPPORT||
come to * defence|SUPPORT||
come to * defense|SUPPORT||
campaign on behalf of|SUPPORT||
lobby * on behalf of|SUPPORT||
ratify|SUPPORT||v
defend * <place>|FIGHT|firearms|
express * thanks|SUPPORT||
pay tribute|SUPPORT||
vouch for|SUPPORT||
re-establish * <relations>|SUPPORT||
reestablish * <relations>|SUPPORT||
resume * <relations>|SUPPORT||
improve * <relations>|SUPPORT||
# COOPERATE: share information or expertise, joint operations, extradite (CAMEO 06).
cooperate|COOPERATE||v
co-operate|COOPERATE||v
cooperation|COOPERATE||n
collaborate|COOPERATE||v
share|COOPERATE||v
coordinate|COOPERATE||v
extradite|COOPERATE||v
war game|COOPERATE||n
joint exercise|COOPERATE||n
joint operation|COOPERATE||n
joint patrol|COOPERATE||n
exchange * intelligence|COOPERATE||
exchange * information|COOPERATE||
# AID: material, economic, military or humanitarian aid; asylum, rescue (CAMEO 07).
aid|AID||
assistance|AID||n
donate|AID||v
donation|AID||n
deliver|AID||v w
provide|AID||v w
supply|AID||v w
grant|AID||n
grant|AID||v w
loan|AID||
lend|AID||v
lend * support|SUPPORT||
train the * <fighters>|AID|military|
train its * <fighters>|MOBILIZE|troops|
train their * <fighters>|MOBILIZE|troops|
arm the * <fighters>|AID|military|
arm its * <fighters>|MOBILIZE|troops|
arm their * <fighters>|MOBILIZE|troops|
provide * protection|AID|peacekeeping|
offer * protection|AID|peacekeeping|
sanctuary|AID||n
air support|AID|military|
air cover|AID|military|
open * border to * refugee|AID||
take in * refugee|AID||
accept * refugee|AID||
admit * refugee|AID||
resettle|AID||v
sell * arms|AID|military|
sell * weapon|AID|military|
protect|AID|peacekeeping|v
guard|AID|peacekeeping|v
aid package|AID||n
financial package|AID||n
rescue package|AID||n
fund|AID||v
finance|AID||v
asylum|AID||n
rescue|AID||
relief|AID||n
evacuate|AID||v
hand over|AID||w
give|AID||v w
send|AID||v w
airlift|AID||
distribute|AID||v w
equip|AID||v
ship|AID||v w
contribute|AID||v w
subsidy|AID||n
shelter|AID||v
send * peacekeeper|AID|peacekeeping|
deploy * peacekeeper|AID|peacekeeping|
assist|AID||v
rebuild|AID||v
vaccinate|AID||v
humanitarian convoy|AID||n
airdrop|AID||
give * refuge|AID||
grant * refuge|AID||
provide * refuge|AID||
offer * refuge|AID||
extend|AID||v w
disburse|AID||v
food delivery|AID||n
aid delivery|AID||n
relief supply|AID||n
financial support|AID||
military support|AID||
logistical support|AID||
economic support|AID||
material support|AID||
financial assistance|AID||
emergency supply|AID||n
medical supply|AID||n
# CONCEDE: yield: ease or lift restrictions, call off action, accede to demands, pardon (CAMEO 080-083).
concede|CONCEDE||v
concession|CONCEDE||n
lift|CONCEDE||v
lift * <sanctions>|RETREAT|ease|
ease * <sanctions>|RETREAT|ease|
relax * <sanctions>|RETREAT|ease|
end * <sanctions>|RETREAT|ease|
ease|CONCEDE||v
relax|CONCEDE||v
cancel|CONCEDE||v
call off|CONCEDE||
release|RETREAT|release|
free|RETREAT|release|v
pardon|CONCEDE||
amnesty|CONCEDE||n
give in|CONCEDE||
yield|CONCEDE||v
compromise|CONCEDE||
allow|CONCEDE||v
abolish|CONCEDE||v
repeal|CONCEDE||
revoke|CONCEDE||v
rescind|CONCEDE||v
scrap|CONCEDE||v
drop * charge|CONCEDE||
drop * demand|CONCEDE||
bow to|CONCEDE||
meet * demand|CONCEDE||
accede|CONCEDE||v
agree to * <demand>|CONCEDE||
accept * <demand>|CONCEDE||
give in to|CONCEDE||
yield to|CONCEDE||
satisfy * <demand>|CONCEDE||
heed|CONCEDE||v
reinstate|CONCEDE||v
legalize|CONCEDE||v
legalise|CONCEDE||v
unblock|CONCEDE||v
end * protest|CONCEDE||
end * strike|CONCEDE||
suspend * strike|CONCEDE||
return * property|RETREAT|return|
return * body|RETREAT|return|
commute|CONCEDE||v
reverse|CONCEDE||v
restore|CONCEDE||v
unban|CONCEDE||v
withdraw * bill|CONCEDE||
withdraw * law|CONCEDE||
withdraw * plan|CONCEDE||
withdraw * proposal|CONCEDE||
withdraw * charge|CONCEDE||
withdraw * decree|CONCEDE||
grant * amnesty|CONCEDE||
grant * autonomy|CONCEDE||
grant * independence|CONCEDE||
return * <returnable>|RETREAT|return|
hand back * <returnable>|RETREAT|return|
hand over * <captive>|RETREAT|release|
set * free|RETREAT|release|
let * go|RETREAT|release|
accommodate * demand|CONCEDE||
back down on|CONCEDE||
soften|CONCEDE||v
loosen|CONCEDE||v
roll back|CONCEDE||
water down|CONCEDE||
relent|CONCEDE||v
acquiesce|CONCEDE||v
lifting|CONCEDE||n
easing|CONCEDE||n
# RETREAT: withdraw, surrender, resign, disarm, demobilise, back down (CAMEO 087, 0831...).
resign|RETREAT||v
resignation|RETREAT||n
step down|RETREAT||
stand down|RETREAT||
quit|RETREAT||v
withdraw|RETREAT||
withdrawal|RETREAT||n
pull out|RETREAT||
pull back|RETREAT||
retreat|RETREAT||
surrender|RETREAT||
demobilize|RETREAT||v
disarm|RETREAT||v
lay down * arms|RETREAT||
back down|RETREAT||
abdicate|RETREAT||v
lift * blockade|RETREAT||
lift * siege|RETREAT||
ease * blockade|RETREAT||
reopen|RETREAT||v
reopen * <talks>|CONSULT||
resume * <talks>|CONSULT||
reopen * embassy|SUPPORT||
quit * <talks>|SANCTION||
abandon * <talks>|SANCTION||
abandon * plan|CONCEDE||
open * border|RETREAT||
open * crossing|RETREAT||
open * bridge|RETREAT||
receive * observer|RETREAT||
admit * inspector|RETREAT||
allow * inspector|RETREAT||
cede|RETREAT||v
relinquish|RETREAT||v
give up|RETREAT||
hand back|RETREAT|return|
hand back * <place>|RETREAT||
hand over * weapon|RETREAT||
hand over * arms|RETREAT||
leave office|RETREAT||
evacuate * settlement|RETREAT||
capitulate|RETREAT||v
disband|RETREAT||v
dismantle|RETREAT||v
abandon|RETREAT||v
hand over * power|RETREAT||
hand over * control|RETREAT||
transfer * power|RETREAT||
back off|RETREAT||
vacate|RETREAT||v
declare * ceasefire|RETREAT||
declare * cease-fire|RETREAT||
declare * truce|RETREAT||
announce * ceasefire|RETREAT||
announce * truce|RETREAT||
unilateral ceasefire|RETREAT||n
unilateral truce|RETREAT||n
halt * military operation|RETREAT||
suspend * military operation|RETREAT||
end * military operation|RETREAT||
pull * out|RETREAT||
pull * back|RETREAT||
move * out|RETREAT||
lay down * weapon|RETREAT||
put down * weapon|RETREAT||
hand in * weapon|RETREAT||
turn in * weapon|RETREAT||
give up * weapon|RETREAT||
hand <self> over|RETREAT||
allow * access|RETREAT||
grant * access|RETREAT||
give * access|RETREAT||
scale back|RETREAT||
scale down|RETREAT||
return to * barrack|RETREAT||
return to * base|RETREAT||
desert|RETREAT||v
hand <self> in|RETREAT||
turn <self> in|RETREAT||
give <self> up|RETREAT||
evacuate * <place>|RETREAT||
allow * <mission>|RETREAT||
admit * <mission>|RETREAT||
let * <mission>|RETREAT||
receive * <mission>|RETREAT||
accept * <mission>|RETREAT||
invite * <mission>|RETREAT||
permit * <mission>|RETREAT||
hand * power|RETREAT||
cede * power|RETREAT||
relinquish * power|RETREAT||
demobilise|RETREAT||v
demobilization|RETREAT||n
demobilisation|RETREAT||n
disarmament|RETREAT||n
decommission|RETREAT||v
retire|RETREAT||v
depart|RETREAT||v
departure|RETREAT||n
pullout|RETREAT||n
pull-out|RETREAT||n
pullback|RETREAT||n
drawdown|RETREAT||n
draw down|RETREAT||
stand aside|RETREAT||
hand over * <place>|RETREAT||
# INVESTIGATE: investigate, inquire, inspect (CAMEO 09).
investigate|INVESTIGATE||v
investigation|INVESTIGATE||n
inquiry|INVESTIGATE||n
probe|INVESTIGATE||
inspect|INVESTIGATE||v
inspector|INVESTIGATE||n a
inspection|INVESTIGATE||n
examine|INVESTIGATE||v
audit|INVESTIGATE||
look into|INVESTIGATE||
investigator|INVESTIGATE||n a
inquest|INVESTIGATE||n
fact-finding|INVESTIGATE||n
autopsy|INVESTIGATE||n
interrogate|INVESTIGATE||v
inquire|INVESTIGATE||v
enquire|INVESTIGATE||v
enquiry|INVESTIGATE||n
# DEMAND: demand, call for, urge, insist, request, press (CAMEO 10; the requests of CAMEO 02).
demand|DEMAND||gh
call for|DEMAND||gh
call on|DEMAND||gh
urge|DEMAND||gh v
insist|DEMAND||gh v
request|DEMAND||gh
ask|DEMAND||gh v
appeal|DEMAND||gh
press|DEMAND||gh v
pressure|DEMAND||gh
seek|DEMAND||v
order|DEMAND||gh v
must|DEMAND||v
push for|DEMAND||gh
lobby|DEMAND||gh v
plead|DEMAND||gh v
implore|DEMAND||gh v
beg|DEMAND||gh v
call upon|DEMAND||gh
# DISAPPROVE: criticise, condemn, accuse, complain, formal protest, sue (CAMEO 11).
criticize|DISAPPROVE||
criticise|DISAPPROVE||
criticism|DISAPPROVE||n
condemn|DISAPPROVE||v
condemnation|DISAPPROVE||n
denounce|DISAPPROVE||v
accuse|DISAPPROVE||v
accusation|DISAPPROVE||n
blame|DISAPPROVE||
complain|DISAPPROVE||v
complaint|DISAPPROVE||n
deplore|DISAPPROVE||v
decry|DISAPPROVE||v
censure|DISAPPROVE||
rebuke|DISAPPROVE||
sue|DISAPPROVE||v
lawsuit|DISAPPROVE||n
allege|DISAPPROVE||v
summon|DISAPPROVE||v
lodge * protest|DISAPPROVE||
file * protest|DISAPPROVE||
charge|DISAPPROVE||v
protest note|DISAPPROVE||n
note of protest|DISAPPROVE||n
diplomatic protest|DISAPPROVE||n
formal protest|DISAPPROVE||n
official protest|DISAPPROVE||n
file * suit|DISAPPROVE||
take * to court|DISAPPROVE||
bring * charge|DISAPPROVE||
lash out|DISAPPROVE||
hit out at|DISAPPROVE||
assail|DISAPPROVE||v
berate|DISAPPROVE||v
chide|DISAPPROVE||v
scold|DISAPPROVE||v
castigate|DISAPPROVE||v
excoriate|DISAPPROVE||v
deride|DISAPPROVE||v
ridicule|DISAPPROVE||v
indict|DISAPPROVE||v
indictment|DISAPPROVE||n
allegation|DISAPPROVE||n
slam|DISAPPROVE||v
lambast|DISAPPROVE||v
blast|DISAPPROVE||v
reprimand|DISAPPROVE||
object|DISAPPROVE||v
objection|DISAPPROVE||n
disapprove|DISAPPROVE||v
disapproval|DISAPPROVE||n
denunciation|DISAPPROVE||n
reproach|DISAPPROVE||
find * guilty|DISAPPROVE||
convict|DISAPPROVE||v
conviction|DISAPPROVE||n
sentence|DISAPPROVE||v
express * <disapproval>|DISAPPROVE||
voice * <disapproval>|DISAPPROVE||
attack * <abstract>|DISAPPROVE||
question * legality|DISAPPROVE||
question * legitimacy|DISAPPROVE||
question * validity|DISAPPROVE||
rule against|DISAPPROVE||
protest * to|DISAPPROVE||
# REJECT: reject, refuse, decline, veto, deny, oppose, renege (CAMEO 12).
reject|REJECT||gn
rejection|REJECT||n
refuse|REJECT||gn v
refusal|REJECT||n
decline|REJECT||gn v
veto|REJECT||
deny|REJECT||gn v
dismiss|REJECT||v
oppose|REJECT||v
renege|REJECT||v
spurn|REJECT||v
turn down|REJECT||
fail|REJECT||gn v
defy|REJECT||v
violate * <sanctions>|REJECT||
break * <sanctions>|REJECT||
breach * <sanctions>|REJECT||
evade * <sanctions>|REJECT||
circumvent * <sanctions>|REJECT||
ignore|REJECT||v
rebuff|REJECT||
rule out|REJECT||
repudiate|REJECT||v
snub|REJECT||
resist|REJECT||v
disagree|REJECT||v
out of * question|REJECT||
# THREATEN: threaten, warn, give an ultimatum (CAMEO 13).
threaten|THREATEN||gf
threat|THREATEN||n
warn|THREATEN||gf v
warning|THREATEN||n
ultimatum|THREATEN||n
deadline|THREATEN||n
menace|THREATEN||v
vow|THREATEN||gf v p
swear|THREATEN||gf v p
intimidate|THREATEN||v
intimidation|THREATEN||n
face * consequence|THREATEN||
pay * heavy price|THREATEN||
raise * spectre of|THREATEN||
raise * specter of|THREATEN||
# PROTEST: demonstrate, rally, march, strike, riot, block, boycott (CAMEO 14).
protest|PROTEST|demonstrate|
demonstrate|PROTEST|demonstrate|v
demonstration|PROTEST|demonstrate|n
rally|PROTEST|demonstrate|
march|PROTEST|demonstrate|
sit-in|PROTEST|demonstrate|n
picket|PROTEST|demonstrate|
vigil|PROTEST|demonstrate|n
take to * street|PROTEST|demonstrate|
strike|PROTEST|strike|
walkout|PROTEST|strike|n
walk out|PROTEST|strike|
stop work|PROTEST|strike|
hunger strike|PROTEST|hunger-strike|
riot|PROTEST|riot|
unrest|PROTEST|riot|n
uprising|PROTEST|riot|n
boycott|PROTEST|boycott|
block|PROTEST|obstruct|v
block * <abstract>|REJECT||
blockade|PROTEST|obstruct|
collect * signature|PROTEST|petition|
petition|PROTEST|petition|
protester|PROTEST|demonstrate|n a
protestor|PROTEST|demonstrate|n a
demonstrator|PROTEST|demonstrate|n a
rioter|PROTEST|riot|n a
striker|PROTEST|strike|n a
go on strike|PROTEST|strike|
death penalty|-||
sign of|-||
equip with|-||
arm with|-||
take shelter|-||
seek shelter|-||
lend * credence|-||
in order to|-||
release * <document>|-||
free election|-||
free press|-||
free movement|-||
free zone|-||
back to|-||
back in|-||
back home|-||
back from|-||
back and forth|-||
go back|-||
come back|-||
meet * need|-||
meet * target|-||
meet * deadline|-||
meet * requirement|-||
share * border|-||
strike * deal|AGREE||
strike * agreement|AGREE||
strike * balance|-||
in charge|-||
charge d'affaires|-||
charges d'affaires|-||
heart attack|-||
deal with|-||
great deal|-||
of * own accord|-||
behind bar|-||
bar association|-||
tropical storm|-||
storm of|-||
first aid|-||
shell company|-||
sigh of relief|-||
restore * order|-||
restore * calm|-||
restore * peace|-||
restore * electricity|-||
restore * power supply|-||
abandon * home|-||
in order for|-||
law and order|-||
public order|-||
press ahead|-||
press on|-||
press conference|-||
press release|-||
press report|-||
press freedom|-||
press agency|-||
when asked|-||
ask about|-||
at the request of|-||
at * request of|-||
by order of|-||
on the order of|-||
on * orders of|-||
closure of * <media>|COERCE|censor|
closure of * border|SANCTION||
closure of * embassy|SANCTION||
seek to|-||
under * pressure|-||
appeal against * sentence|DISAPPROVE||
appeal against * verdict|DISAPPROVE||
appeal against * ruling|DISAPPROVE||
appeal against * conviction|DISAPPROVE||
withhold * comment|-||
recall that|-||
recall how|-||
with the aid of|-||
with the help of|-||
express * relief|-||
fight * <ill>|-||
fight against * <ill>|-||
combat * <ill>|-||
battle * <ill>|-||
battle against * <ill>|-||
execute * <abstract>|-||
demo|PROTEST|demonstrate|n
marcher|PROTEST|demonstrate|n a
occupy * square|PROTEST|demonstrate|
# MOBILIZE: deploy, mobilise, reinforce, put on alert (CAMEO 15).
mobilize|MOBILIZE|troops|v
mobilise|MOBILIZE|troops|v
mobilization|MOBILIZE|troops|n
deploy|MOBILIZE|troops|v
deployment|MOBILIZE|troops|n
reinforce|MOBILIZE|troops|v
reinforcement|MOBILIZE|troops|n
alert|MOBILIZE|troops|n
build up|MOBILIZE|troops|
buildup|MOBILIZE|troops|n
strengthen * force|MOBILIZE|troops|
mass * troop|MOBILIZE|troops|
put * on alert|MOBILIZE|troops|
heighten * alert|MOBILIZE|troops|
beef up|MOBILIZE|troops|
amass|MOBILIZE|troops|v
send * troop|MOBILIZE|troops|
dispatch * troop|MOBILIZE|troops|
send * soldier|MOBILIZE|troops|
call up|MOBILIZE|troops|
redeploy|MOBILIZE|troops|v
station * <troop>|MOBILIZE|troops|
conscript|MOBILIZE|troops|
conscription|MOBILIZE|troops|n
bolster * force|MOBILIZE|troops|
increase * force|MOBILIZE|troops|
# SANCTION: sanctions, embargo, expel, suspend or break relations, freeze aid (CAMEO 16).
sanction|SANCTION||
embargo|SANCTION||
expel|SANCTION||v
expulsion|SANCTION||n
suspend|SANCTION||v
suspension|SANCTION||n
freeze|SANCTION||v
cut * tie|SANCTION||
sever|SANCTION||v
break off|SANCTION||
recall|SANCTION||v
reduce * presence|SANCTION||
order * to leave|SANCTION||
withhold|SANCTION||v
end * mediation|SANCTION||
deny entry|SANCTION||
downgrade|SANCTION||v
cut off|SANCTION||
stop * aid|SANCTION||
end * aid|SANCTION||
withdraw * ambassador|SANCTION||
close * embassy|SANCTION||
blacklist|SANCTION||
penalty|SANCTION||n
penalize|SANCTION||v
penalise|SANCTION||v
pull out of * <talks>|SANCTION||
walk out of * <talks>|SANCTION||
break off * <talks>|SANCTION||
suspend * <talks>|SANCTION||
withdraw * observer|SANCTION||
withdraw * monitor|SANCTION||
withdraw * peacekeeper|SANCTION||
withdraw * inspector|SANCTION||
withdraw * peacekeeping|SANCTION||
persona non grata|SANCTION||
ban * <trade>|SANCTION||
bar * <trade>|SANCTION||
prohibit * <trade>|SANCTION||
halt * <trade>|SANCTION||
cancel * <trade>|SANCTION||
cancel * visa|SANCTION||
stop * <trade>|SANCTION||
cut * <trade>|SANCTION||
end * <trade>|SANCTION||
refuse * entry|SANCTION||
bar * entry|SANCTION||
ban * entry|SANCTION||
withdraw * recognition|SANCTION||
suspend * <trade>|SANCTION||
cancel * <talks>|SANCTION||
cancel * visit|SANCTION||
cancel * meeting|SANCTION||
postpone * <talks>|SANCTION||
withdraw from * <talks>|SANCTION||
trade ban|SANCTION||n
close * airspace|SANCTION||
terminate|SANCTION||v
end * cooperation|SANCTION||
suspend * membership|SANCTION||
cut * funding|SANCTION||
cut * aid|SANCTION||
travel ban|SANCTION||
deny * visa|SANCTION||
reduce * relations|SANCTION||
close * border|SANCTION||
withdraw from * treaty|SANCTION||
boycott * goods|SANCTION||
boycott * product|SANCTION||
ban on * <trade>|SANCTION||
import ban|SANCTION||n
export ban|SANCTION||n
arms embargo|SANCTION||n
withdraw * <mission>|SANCTION||
withdraw * <aidword> <aidorg>|SANCTION||
expel * <aidword> <aidorg>|SANCTION||
kick out * <aidword> <aidorg>|SANCTION||
throw out * <aidword> <aidorg>|SANCTION||
evacuate * <mission>|SANCTION||
pull * <mission> * out|SANCTION||
pull out * <mission>|SANCTION||
order * out|SANCTION||
order * to leave|SANCTION||
kick out|SANCTION||
kick * out|SANCTION||
throw out|SANCTION||
throw * out|SANCTION||
impose * boycott|SANCTION||
economic boycott|SANCTION||n
trade boycott|SANCTION||n
freeze * asset|SANCTION||
freeze * account|SANCTION||
cut * relations|SANCTION||
break * relations|SANCTION||
break * ties|SANCTION||
sever * relations|SANCTION||
end * relations|SANCTION||
suspend * relations|SANCTION||
suspend * ties|SANCTION||
curtail|SANCTION||v
# COERCE: arrest, detain, ban, curfew, martial law, deport, seize, censor, destroy property, repression (CAMEO 17).
arrest|COERCE|arrest|
detain|COERCE|detain|v
detention|COERCE|detain|n
jail|COERCE|detain|
imprison|COERCE|detain|v
hold * hostage|COERCE|detain|
ban|COERCE|ban|
outlaw|COERCE|ban|v
prohibit|COERCE|ban|v
curfew|COERCE|curfew|n
martial law|COERCE|martial-law|
state of emergency|COERCE|martial-law|
state of siege|COERCE|martial-law|
deport|COERCE|deport|v
deportation|COERCE|deport|n
confiscate|COERCE|confiscate|v
seize|COERCE|confiscate|v
seizure|COERCE|confiscate|n
censor|COERCE|censor|v
censorship|COERCE|censor|n
deface|COERCE|censor|v
raid|COERCE||
crackdown|COERCE|repression|n r
crack down|COERCE|repression|r
repression|COERCE|repression|n r
repress|COERCE|repression|v r
suppress|COERCE|repression|v r
disperse|COERCE|repression|v r
prevent|COERCE|restrict|v
restrict|COERCE|restrict|v
destroy|COERCE|destroy|v
demolish|COERCE|destroy|v
set fire|COERCE|destroy|
burn|COERCE|destroy|v
round up|COERCE|arrest|
custody|COERCE|detain|n
apprehend|COERCE|arrest|v
imprisonment|COERCE|detain|n
evict|COERCE|destroy|v
eviction|COERCE|destroy|n
restriction|COERCE|restrict|n
impose * restriction|COERCE|restrict|
tear gas|COERCE|repression|r
water cannon|COERCE|repression|r
shut down|COERCE|restrict|
dissolve|COERCE|ban|v
exile|COERCE|deport|
loot|COERCE|destroy|v
torch|COERCE|destroy|v
vandalize|COERCE|destroy|v
vandalise|COERCE|destroy|v
sabotage|COERCE|destroy|
bulldoze|COERCE|destroy|v
hack|COERCE|censor|v
bar|COERCE|ban|v
forbid|COERCE|ban|v
seal off|COERCE|restrict|
cut off * <utility>|COERCE|restrict|
cordon off|COERCE|restrict|
take over|COERCE|confiscate|
nationalize|COERCE|confiscate|v
nationalise|COERCE|confiscate|v
expropriate|COERCE|confiscate|v
house arrest|COERCE|arrest|
intern|COERCE|detain|v
use * force|COERCE|repression|r
cyber attack|COERCE|censor|
cyberattack|COERCE|censor|n
cyber-attack|COERCE|censor|n
attack * <media>|COERCE|censor|
human shield|COERCE|detain|n
suspend * constitution|COERCE|martial-law|
suspend * <media>|COERCE|censor|
suspend * <org>|COERCE|ban|
freeze * <org>|COERCE|ban|
burn * flag|PROTEST|demonstrate|
burn * effigy|PROTEST|demonstrate|
blow up * <property>|COERCE|destroy|
blow * <property> up|COERCE|destroy|
expel * <civilian>|COERCE|deport|
kick out * <civilian>|COERCE|deport|
kick * <civilian> out|COERCE|deport|
raze|COERCE|destroy|v
burn down|COERCE|destroy|
ransack|COERCE|destroy|v
pillage|COERCE|destroy|v
plunder|COERCE|destroy|v
block * access|COERCE|censor|
block * <media>|COERCE|censor|
close * <media>|COERCE|censor|
shut * <media>|COERCE|censor|
ban * <media>|COERCE|censor|
break up|COERCE|repression|r
take * into custody|COERCE|arrest|
place * under arrest|COERCE|arrest|
put * under arrest|COERCE|arrest|
lock up|COERCE|detain|
incarcerate|COERCE|detain|v
emergency rule|COERCE|martial-law|
internment|COERCE|detain|n
# ASSAULT: violence against people outside conventional combat: kill, bomb, torture, beat, abduct (CAMEO 18).
attack|ASSAULT||
assault|ASSAULT||
kill|ASSAULT|kill|v k
killing|ASSAULT|kill|n k
murder|ASSAULT|kill|
massacre|ASSAULT|kill|
execute|ASSAULT|kill|v
shoot|ASSAULT|firearms|v k
shooting|ASSAULT|firearms|n
open fire|ASSAULT|firearms|
fire on|ASSAULT|firearms|
fire at|ASSAULT|firearms|
stab|ASSAULT|primitive|v
wound|ASSAULT|kill|v k
injure|ASSAULT|kill|v k
assassinate|ASSAULT|assassinate|v
assassination|ASSAULT|assassinate|n
bomb|ASSAULT|explosives|
bombing|ASSAULT|explosives|n
blast|ASSAULT|explosives|n
explosion|ASSAULT|explosives|n
blow * up|ASSAULT|explosives|
suicide bomber|ASSAULT|suicide-attack|n
suicide * bombing|ASSAULT|suicide-attack|
suicide * attack|ASSAULT|suicide-attack|
torture|ASSAULT|torture|
beat|ASSAULT|beat|v
beat up|ASSAULT|beat|
beating|ASSAULT|beat|n
abduct|ASSAULT|abduct|v
kidnap|ASSAULT|abduct|v
abduction|ASSAULT|abduct|n
rape|ASSAULT|sexual|
hijack|ASSAULT|abduct|
take * hostage|ASSAULT|abduct|
behead|ASSAULT|kill|v
lynch|ASSAULT|kill|v
mutilate|ASSAULT|torture|v
maim|ASSAULT|kill|v
gun down|ASSAULT|firearms|
shoot dead|ASSAULT|firearms|
slay|ASSAULT|kill|v
slaying|ASSAULT|kill|n
car bomb|ASSAULT|explosives|n
grenade|ASSAULT|explosives|n
landmine|ASSAULT|explosives|n
atrocity|ASSAULT|kill|n
sexual assault|ASSAULT|sexual|
mistreat|ASSAULT|beat|v
ill-treat|ASSAULT|beat|v
# FIGHT: conventional military force: clashes, battles, shelling, air strikes, offensives, invasion (CAMEO 19).
fight|FIGHT|firearms|v
fighting|FIGHT|firearms|n
clash|FIGHT|firearms|
battle|FIGHT|firearms|
gunbattle|FIGHT|firearms|n
gun battle|FIGHT|firearms|n
firefight|FIGHT|firearms|n
skirmish|FIGHT|firearms|
shell|FIGHT|heavy-weapons|v
shelling|FIGHT|heavy-weapons|n
bombard|FIGHT|heavy-weapons|v
bombardment|FIGHT|heavy-weapons|n
airstrike|FIGHT|heavy-weapons|n
air strike|FIGHT|heavy-weapons|n
air raid|FIGHT|heavy-weapons|n
offensive|FIGHT|heavy-weapons|n
invade|FIGHT|heavy-weapons|v
invasion|FIGHT|heavy-weapons|n
capture|FIGHT|heavy-weapons|v
occupy|FIGHT|heavy-weapons|v
ethnic cleansing|FIGHT|other|
hostilities|FIGHT|firearms|n
combat|FIGHT|firearms|
incursion|FIGHT|heavy-weapons|n
besiege|FIGHT|heavy-weapons|v
siege|FIGHT|heavy-weapons|n
shoot down|FIGHT|heavy-weapons|
overrun|FIGHT|heavy-weapons|v
recapture|FIGHT|heavy-weapons|v
retake|FIGHT|heavy-weapons|v
storm|FIGHT|firearms|v
ambush|FIGHT|firearms|
exchange * fire|FIGHT|firearms|
fire * rocket|FIGHT|heavy-weapons|
fire * missile|FIGHT|heavy-weapons|
launch * rocket|FIGHT|heavy-weapons|
launch * missile|FIGHT|heavy-weapons|
drop * bomb|FIGHT|heavy-weapons|
fire * shell|FIGHT|heavy-weapons|
fire * mortar|FIGHT|heavy-weapons|
missile strike|FIGHT|heavy-weapons|
drone strike|FIGHT|heavy-weapons|
violate * ceasefire|FIGHT|other|
violate * truce|FIGHT|other|
ceasefire violation|FIGHT|other|
annex|FIGHT|heavy-weapons|v
genocide|FIGHT|other|n
mass killing|FIGHT|other|
mass murder|FIGHT|other|
mass expulsion|FIGHT|other|
chemical attack|FIGHT|other|n
gas attack|FIGHT|other|n
use * chemical weapon|FIGHT|other|
use * poison gas|FIGHT|other|
break * ceasefire|FIGHT|other|
break * truce|FIGHT|other|
breach * ceasefire|FIGHT|other|
sink|FIGHT|heavy-weapons|v
torpedo|FIGHT|heavy-weapons|
naval blockade|FIGHT|restrict|n
drone attack|FIGHT|heavy-weapons|n
occupation|FIGHT|heavy-weapons|n
seize * <place>|FIGHT|heavy-weapons|
seize control of * <place>|FIGHT|heavy-weapons|
take control of * <place>|FIGHT|heavy-weapons|
pound|FIGHT|heavy-weapons|v
impose * blockade|FIGHT|restrict|
reimpose * blockade|FIGHT|restrict|
impose * closure|FIGHT|restrict|
# Not events: phrases whose words would otherwise trigger.
sign up|-||
according to|-||
in accordance with|-||
state of the art|-||
free of charge|-||
free trade|-||
free market|-||
free speech|-||
free and fair|-||
deliver on|-||
aid worker|-||
aid agency|-||
aid group|-||
aid organization|-||
aid organisation|-||
aid official|-||
relief worker|-||
relief agency|-||
relief group|-||
relief organization|-||
relief organisation|-||
relief official|-||
strike force|-||
protest leader|-||
on strike|PROTEST|strike|
`

// wordClasses are the classes of lemmas that "<class>" matches in a phrase:
// what is withdrawn or expelled decides between a military retreat, a
// reduction of relations and the expulsion of civilians (CAMEO 087, 166, 174).
var wordClasses = map[string]map[string]bool{
	"<mission>": set(`ambassador envoy diplomat consul attache peacekeeper peacekeeping observer monitor
		inspector mission embassy consulate delegation delegate mediator ngo charity
		convoy delivery`),
	"<civilian>": set(`immigrant migrant refugee resident worker family people citizen national foreigner
		villager journalist reporter correspondent activist dissident student tourist missionary
		asylum-seeker settler tribesman minority muslim christian`),
	"<place>": set(`position base post outpost garrison town city village area territory settlement camp
		stronghold region zone enclave province district front checkpoint airport port island
		peninsula valley`),
	"<returnable>": set(`land property asset farm farmland house building body remains prisoner
		hostage detainee captive passport document fund money ship vessel aircraft plane artifact
		artefact seized confiscated`),
	"<property>": set(`house home building office shop store property farm crop field orchard olive tree mosque
		church temple shrine school hospital headquarters`),
	"<captive>": set(`prisoner hostage detainee captive body remains soldier pow`),
	"<trade>":   set(`import export trade sale flight shipment investment commerce oil link air rail`),
	"<disapproval>": set(`concern disappointment opposition dismay outrage displeasure anger
		indignation unease alarm reservation reservations doubt doubts`),
	"<abstract>": set(`policy decision plan remark remarks statement proposal report idea stance law bill
		budget reform record handling order plan programme program strategy resolution motion
		appointment nomination deal bid`),
	"<relations>": set(`relation relations tie ties link links`),
	"<demand>":    set(`demand request call condition`),
	// ills that are fought only figuratively
	"<ill>": set(`corruption poverty terrorism crime drug drugs inflation disease epidemic virus fire
		fraud unemployment hunger illiteracy extremism smuggling trafficking pollution`),
	"<fighters>": set(`troop soldier force army police policeman rebel guerrilla militia militiaman fighter
		officer recruit insurgent`),
	"<org>": set(`party parliament assembly union organisation organization activity activities licence
		license publication association movement group council`),
	"<document>": set(`statement report video figure data result list document tape footage photo
		detail information communique recording audio transcript book album`),
	"<sanctions>": set(`sanction embargo boycott`),
	"<aidword>":   set(`aid relief humanitarian`),
	"<aidorg>":    set(`worker agency group organisation organization official staff`),
	"<utility>":   set(`water electricity power fuel internet telephone phone`),
	// people rallied on someone's behalf (CAMEO 053), not armed forces
	"<backers>": set(`group supporter opinion lobby diaspora community voter ally backing`),
	"<talks>":   set(`talk talks negotiation meeting summit conference dialogue process`),
	"<troop>":   set(`troop soldier force unit division battalion brigade reservist marine warship missile`),
	"<media>": set(`newspaper paper channel website broadcaster outlet media radio television tv
		magazine blog internet facebook twitter youtube network`),
	"<self>": set(`themselves himself herself itself ourselves`),
}

// notATrigger is the category of phrases that contain a trigger word but
// are not events ("sign up", "according to"); matching them first keeps
// their words from triggering.
const notATrigger = "-"

// Categories are the 18 PLOVER event types, in PLOVER's order.
var Categories = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
	"COERCE", "ASSAULT", "FIGHT"}

// cooperative categories: a promise of one is an AGREE, a refusal a REJECT.
var cooperative = map[string]bool{"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true,
	"COOPERATE": true, "AID": true, "RETREAT": true, "INVESTIGATE": true}

type pos uint8

const (
	anyPOS pos = iota
	verbOnly
	nounOnly
)

type entry struct {
	words    []string // lemmas; "*" is a gap of up to three tokens
	category string
	mode     string
	pos      pos
	agent    bool   // agent noun
	governs  string // modality given to a governed complement: future, hypothetical, negated
	outcome  bool
	repress  bool
	weak     bool
	vow      bool
}

// lexicon indexes entries by their first lemma.
var lexicon = map[string][]entry{}

func init() {
	for _, line := range strings.Split(lexiconText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		for len(f) < 4 {
			f = append(f, "")
		}
		e := entry{words: strings.Fields(f[0]), category: f[1], mode: f[2]}
		for _, fl := range strings.Fields(f[3]) {
			switch fl {
			case "v":
				e.pos = verbOnly
			case "n":
				e.pos = nounOnly
			case "a":
				e.agent = true
			case "gf":
				e.governs = Future
			case "gh":
				e.governs = Hypothetical
			case "gn":
				e.governs = Negated
			case "k":
				e.outcome = true
			case "r":
				e.repress = true
			case "w":
				e.weak = true
			case "p":
				e.vow = true
			}
		}
		lexicon[e.words[0]] = append(lexicon[e.words[0]], e)
	}
}
