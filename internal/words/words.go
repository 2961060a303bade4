// Package words holds the small English word tables that several
// extractors read: month names, number words, and word sets.
package words

import (
	"strings"
	"unicode"
)

// Set makes a set of the white-space-separated words of s.
func Set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// IsWord reports whether a token holds a letter or a digit: a word or a
// number rather than punctuation.
func IsWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// Months maps the month names, lower case, to 1-12.
var Months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// MonthAbbreviations maps the usual abbreviations, lower case and without
// their period, to 1-12.
var MonthAbbreviations = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// Numbers maps the number words that stand alone or in compounds
// ("twenty-one") to their values.
var Numbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// Function are common function words, lower case: a line of prose that
// ends in one stops mid-sentence.
var Function = Set("a an the and or but nor of to in on at by for with from as into onto than that which who whom whose is are was were be been has have had will would can could should may might must not no if so this these those its their his her our your my said says")
