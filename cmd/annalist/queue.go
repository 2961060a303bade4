package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/annalist/annalist/queue"
)

func init() {
	var (
		from     string
		dead     bool
		asJSON   bool
		withBody bool
	)
	cmd := &cobra.Command{
		Use:   "queue --from nats://HOST:4222",
		Short: "Show the work queue: depth, in flight, dead-lettered",
		Long: `Queue prints the state of the NATS JetStream work queue that "annalist ingest
--to" fills and "annalist worker" empties: its depth (messages not yet stored),
how many wait for a worker, how many are in flight (delivered, not yet
acknowledged; at most --max-ack-pending), how many of those are redeliveries,
and how many messages were dead-lettered. --dead lists the dead letters, each
with its error.`,
		Example: `  annalist queue --from nats://localhost:4222
  annalist queue --from nats://localhost:4222 --dead`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if from == "" {
				return fmt.Errorf("--from nats://HOST:4222 is required")
			}
			ctx := cmd.Context()
			q, err := queue.Open(ctx, from)
			if err != nil {
				return err
			}
			defer q.Close()
			out := cmd.OutOrStdout()
			enc := json.NewEncoder(out)
			if dead {
				return q.DeadLetters(ctx, func(d queue.DeadLetter) error {
					if asJSON {
						v := struct {
							queue.DeadLetter
							Message json.RawMessage `json:"message,omitempty"`
						}{DeadLetter: d}
						if withBody && json.Valid(d.Data) {
							v.Message = d.Data
						}
						return enc.Encode(v)
					}
					id := d.ID
					if id == "" {
						id = "(no id)"
					}
					_, err := fmt.Fprintf(out, "%d\t%s\tdelivered %d\t%s\n", d.Seq, id, d.Deliveries, d.Error)
					return err
				})
			}
			st, err := q.Status(ctx)
			if err != nil {
				return err
			}
			if asJSON {
				return enc.Encode(st)
			}
			fmt.Fprintf(out, "queue %s, stream %s\n", q.Name(), queue.Stream)
			fmt.Fprintf(out, "  depth          %d\n  waiting        %d\n  in flight      %d\n  redelivered    %d\n  dead-lettered  %d\n  idle pulls     %d\n",
				st.Depth, st.Waiting, st.InFlight, st.Redelivered, st.Dead, st.Workers)
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "the NATS server with JetStream (nats://HOST:4222)")
	cmd.Flags().BoolVar(&dead, "dead", false, "list the dead-lettered messages with their errors")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&withBody, "message", false, "with --dead --json: include each message as published")
	root.AddCommand(cmd)
}
