// The name keys of a batch's person records, distinct and sorted, before setNameKeys links them: a
// common key is shared by thousands of records, and concurrent writers must lock such keys in one order.
UNWIND $keys AS key
MERGE (:NameKey {key: key})
