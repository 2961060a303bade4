package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/annalist/annalist"
)

// TimeBank's documents (TBAQ-cleaned) are 1990s news of ABC, CNN, AP, NYT,
// VOA and others, with their document creation time. The timex evaluation
// develops on them; no event evaluation reads them, so the events exported
// on them are one more corpus of real news for judged events. The
// judgement file keys each event by "timeml-" and the file's name without
// ".tml" and the trigger's byte offset in the text of <TEXT>; it holds no
// text.

// TimeMLArticles reads every .tml file of dir, in name order, as an
// article: the text of its <TEXT> element, with the DCT as publication date.
func TimeMLArticles(dir string) ([]*annalist.Article, error) {
	files, err := Files(dir, "*.tml")
	if err != nil {
		return nil, err
	}
	out := make([]*annalist.Article, 0, len(files))
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		doc, err := ReadTimeML(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		id := "timeml-" + strings.TrimSuffix(filepath.Base(path), ".tml")
		out = append(out, &annalist.Article{ID: id, Text: doc.Text, Published: doc.DCT, Language: "en"})
	}
	return out, nil
}
