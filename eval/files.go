package eval

import (
	"fmt"
	"path/filepath"
	"sort"
)

// Files lists the files of dir whose names match pattern ("*.tml"), in
// name order, so every run reads a corpus the same way; a folder with none
// is an error that names it, not an empty score.
func Files(dir, pattern string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no %s files in %s", pattern, dir)
	}
	sort.Strings(files)
	return files, nil
}
