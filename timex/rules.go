package timex

import (
	"github.com/annalist/annalist"
)

type rule func(c *ctx, i int) (match, bool)

// coreRules name a date or a time; ruleModified puts "early", "the end
// of" and the like in front of them.
var coreRules []rule

// rules are all the rules tried at each token.
var rules []rule

func init() {
	coreRules = []rule{
		(*ctx).ruleClock, (*ctx).ruleAbsolute, (*ctx).ruleMonth, (*ctx).ruleYear,
		(*ctx).ruleDecade, (*ctx).ruleCentury, (*ctx).ruleSeason, (*ctx).ruleQuarter,
		(*ctx).ruleHoliday, (*ctx).ruleRelativeWord, (*ctx).ruleDeictic,
		(*ctx).ruleWeekday, (*ctx).ruleAnaphoricWord,
	}
	rules = append(append([]rule{}, coreRules...),
		(*ctx).ruleAgo, (*ctx).ruleAnaphoric, (*ctx).ruleModified,
		(*ctx).ruleDuration, (*ctx).ruleSet, (*ctx).ruleVague)
}

// dateMatch builds the match of a resolved calendar point.
func dateMatch(end int, p point, dct bool) match {
	typ := annalist.Date
	if p.g >= gPartOfDay {
		typ = annalist.TimeOfDay
	}
	return match{end: end, typ: typ, val: p.value(), pt: p, dct: dct, setRef: true}
}
