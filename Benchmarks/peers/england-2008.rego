# The route of Rules/england-2008.yaml, translated by hand into Rego for the peers' benchmark: where the
# walk starts (the highest start_at rule that holds), and the first rung from there whose escalate_when
# rules all fail. Every fact is given in the benchmark's rows, so no route is undecided here; sets are
# written as text, members separated by `;`, as in a CSV cell.
package england2008

import rego.v1

rungs := ["self-evaluation", "in-school", "local-family", "la-commissioned", "nle-nss"]

start := "nle-nss" if {
	input["ofsted.category"] == "special_measures"
} else := "la-commissioned" if {
	input["ofsted.category"] == "notice_to_improve"
} else := "la-commissioned" if {
	input["la.causing_concern"] == true
} else := "self-evaluation"

weak_areas := split(input.weak_areas, ";")

climbs contains "self-evaluation" if input["self_evaluation.needs_external_help"] == true

climbs contains "in-school" if input["in_school.leader_with_capacity"] == false

climbs contains "in-school" if "leadership" in weak_areas

climbs contains "local-family" if input["local_family.partnership_healthy"] == false

climbs contains "local-family" if input["local_family.strong_partner_within_reach"] == false

climbs contains "local-family" if input["local_family.staff_time_committed"] == false

start_index := i if rungs[i] == start

route := rungs[min({i | some i, rung in rungs; i >= start_index; not rung in climbs})]
