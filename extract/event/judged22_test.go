package event

import "testing"

// TestOrdinaryCrimeFrame: in an article told as crime and policing
// (crimeFrame), violence and arrests between no real political parties
// are ordinary crime; a shooting by the police, an attack on an officer,
// the arrest of an opposition figure and violence beside armed men or
// rioters stay. Sentences written for this test (judged22 round).
func TestOrdinaryCrimeFrame(t *testing.T) {
	for _, s := range []string{
		"Police in Dayton on Tuesday arrested a 44-year-old man in the 1998 killings of two store clerks.",
		"Detectives charged a woman with murder after her landlord was found stabbed in his flat. She was arrested at a relative's home.",
		"Two teenagers were arrested in the shooting of a pizza delivery driver, police said. Both were charged with attempted murder.",
		"A man was taken into custody after he shot his neighbour during an argument over a fence. He was charged with aggravated assault.",
		"A jury found the former nurse guilty of the murder of three patients in Leeds.",
		"A grandmother was killed in a gang shootout outside a school in Camden, police said. Two teenagers were charged with murder.",
	} {
		noContentious(t, s)
	}
	for _, c := range []struct{ s, want string }{
		{"A policeman shot dead a 16-year-old boy in Marseille on Tuesday, and the officer was charged with murder.", "ASSAULT"},
		{"Gunmen killed a provincial governor in an ambush outside Kandahar, and police said two suspects were charged.", "FIGHT"},
		{"Police arrested an opposition leader on charges of murder.", "COERCE"},
		{"A man shot dead a sheriff's deputy during a traffic stop and was later charged with murder.", "ASSAULT"},
		{"Rioters torched police cars after the officer was charged with the killing of the teenager.", "PROTEST"},
	} {
		wantType(t, c.s, c.want)
	}
}
