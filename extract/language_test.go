package extract

import (
	"testing"

	"github.com/annalist/annalist"
)

func TestLanguage(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Police arrested twelve protesters in the capital on Monday, officials said, and the government promised an inquiry into the violence.", "en"},
		{"La police a arrêté douze manifestants dans la capitale lundi, selon les autorités, et le gouvernement a promis une enquête sur les violences.", "fr"},
		{"Полиция задержала двенадцать протестующих в столице в понедельник, сообщили власти, а правительство пообещало расследование.", "ru"},
		{"Shr loss 30 cts vs loss 20 cts\n\nNet loss 1,553,000 vs loss 1,031,000\n\nRevs 10.0 mln vs 8,696,000\n\nShr loss six cts vs profit 55 cts", ""},
		{"Hi.", ""},
	} {
		if got := Language(c.text); got != c.want {
			t.Errorf("Language(%.30q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// The models are English: on another language they would invent facts
// ("Алматы" as a person), so a Russian article gets its text and language.
func TestOtherLanguagesGetNoEnglishFacts(t *testing.T) {
	body := "Полиция задержала двенадцать протестующих в Алматы в понедельник, сообщили власти, а правительство пообещало расследование."
	r, err := Default().Process(&annalist.Article{ID: "ru", Text: body, Published: "2024-01-02"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Language != "ru" || r.Text != body || len(r.Entities)+len(r.Events)+len(r.Counts) != 0 {
		t.Errorf("record %+v", r)
	}
}

func TestCyrillicLanguages(t *testing.T) {
	for text, want := range map[string]string{
		"Жители города рассказали, что вода поднялась за одну ночь, а власти пообещали помочь всем пострадавшим семьям.": "ru",
		"Мешканці міста розповіли, що вода піднялася за одну ніч, а влада пообіцяла допомогти всім постраждалим сім'ям.": "uk",
		"Становници града рекли су да је вода порасла за једну ноћ, а власти су обећале помоћ свим породицама.":          "sr",
		"Жителите на града разказаха, че водата се покачи за една нощ, а властите обещаха да помогнат на семействата.":   "bg",
	} {
		if got := Language(text); got != want {
			t.Errorf("Language(%.40q) = %q, want %q", text, got, want)
		}
	}
}
