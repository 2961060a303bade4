package sqlite

import (
	"testing"

	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/store/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}
