// The link-quality benchmark refuses a database that holds anything (bench/linkQuality.ts).
MATCH (n)
RETURN count(n) AS nodes
