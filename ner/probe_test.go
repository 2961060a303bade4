package ner

import (
	"os"
	"testing"
)

func TestProbe(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	for _, s := range []string{
		"KAZAKH PRESIDENT TOKAYEV SACKS GOVERNMENT AFTER PROTESTS IN ALMATY\nKazakhstan's President Kassym-Jomart Tokayev dismissed the government on Wednesday after protests in Almaty. Tokayev also removed former president Nursultan Nazarbayev as head of the Security Council.",
		"Russian opposition leader Alexei Navalny died in an Arctic prison, the Federal Penitentiary Service said. Navalny's wife Yulia Navalnaya blamed Vladimir Putin. The Kremlin denied involvement, spokesman Dmitry Peskov told reporters.",
		"Hamas fighters attacked Israeli towns near Gaza on Saturday, the Israel Defense Forces said. Prime Minister Benjamin Netanyahu declared war. Netanyahu's cabinet met in Tel Aviv.",
		"Protesters gathered in Tahrir Square. Amnesty International and Human Rights Watch condemned the crackdown by Egypt's security forces under President Abdel Fattah el-Sisi.",
	} {
		r := extractText(t, s)
		t.Logf("\n%s", dump(r))
	}
}
