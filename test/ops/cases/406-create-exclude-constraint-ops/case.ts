await op.createExcludeConstraint(
  "no_dupe",
  "doc",
  ["title", "="],
  { using: "gist", ops: { title: "gist_trgm_ops" } },
);
