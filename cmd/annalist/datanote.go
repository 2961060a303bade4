package main

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/spf13/cobra"
)

// dataSources name the outside data sets that eval, bench and train read,
// by a fragment of their path, for the note said when one is missing.
var dataSources = []struct{ frag, what string }{
	{"reuters21578", "Reuters-21578, Distribution 1.0 (the UCI KDD archive's newswire corpus)"},
	{"ner-conll2003", "CoNLL-2003 English (names tagged in Reuters RCV1 stories; not redistributable)"},
	{"timeml-tbaq", "TimeBank 1.2 and AQUAINT in TimeML (the TempEval-3 release)"},
	{"plover", "the PLOVER gold-standard event records (CC BY-SA 4.0)"},
	{"article-extraction", "the article-extraction benchmark's 181 web pages with their main text"},
	{"geo", "the geoparsing gold sets TR-News, GeoVirus and LGL"},
	{"ud-english", "the Universal Dependencies English treebanks (EWT, GUM)"},
}

// dataNote explains, when cmd is an evaluation, benchmark or training that
// failed for want of its data, where that data comes from. It returns ""
// otherwise.
func dataNote(cmd *cobra.Command, err error) string {
	if cmd == nil || err == nil {
		return ""
	}
	path := cmd.CommandPath()
	if !strings.Contains(path, " eval") && !strings.Contains(path, " bench") && !strings.Contains(path, " train") {
		return ""
	}
	msg := err.Error()
	missing := errors.Is(err, fs.ErrNotExist) || strings.Contains(msg, "no such file") || strings.Contains(msg, " no ") ||
		strings.HasPrefix(msg, "no ")
	if !missing {
		return ""
	}
	what := "its gold-standard data"
	for _, d := range dataSources {
		if strings.Contains(msg, d.frag) {
			what = d.what
			break
		}
	}
	return "this command measures against data the repository does not ship: " + what + ".\n" +
		"It is read from the project's shared data folder, ../shared beside the repository\n" +
		"(../shared/eval/README.md lists each set with its source and licence); point the\n" +
		"command elsewhere with its flags (" + path + " --help)."
}
