await op.createForeignKey(
  "FK Order User",
  "order",
  "User",
  ["UserId"],
  ["Id"],
  { referentSchema: "Auth" },
);
