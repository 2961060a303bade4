package timex

import (
	"fmt"
	"testing"
)

func TestScratchNews(t *testing.T) {
	body := `KYIV, March 3 (Reuters) - Russian forces shelled the city overnight, officials said on Friday, a week after the invasion began on Feb. 24.
The UN said 1,200 civilians had been killed since the start of the war, and that more than 1 million people had fled in the past seven days.
Talks are due to resume early next week, possibly on Monday or Tuesday, at 10:00 GMT.
Protesters have gathered every evening since mid-February; in 2014, similar protests lasted three months.
The president, in power since 2019, has vowed to stay until the end of his term in 2024.
By 6 p.m. local time on Thursday, the curfew was in force. Earlier in the day, police detained 43 people.
The decision was taken on 1 March and takes effect within 48 hours, the ministry said in a statement dated 02/03/2022.
In the 1990s and early 2000s the country saw two decades of turmoil; the crisis of 2008-2009 hit hard.
Polls open at 7 a.m. on Sunday, March 6, and close at 8 p.m.
Four protesters died in the first week of January, and a fifth on January 12, a day after the ceasefire.`
	for _, tm := range Find(body, "2022-03-03") {
		fmt.Printf("%-32q %-9s %-18s %s\n", tm.Text, tm.Type, tm.Value, tm.Mod)
	}
}
