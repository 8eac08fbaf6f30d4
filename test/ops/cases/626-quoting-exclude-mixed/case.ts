await op.createExcludeConstraint(
  "EX Room",
  "Booking",
  ["RoomId", "="],
  ["during", "&&"],
  { using: "gist", schema: "Hotel" },
);
