await op.createTable(
  "booking",
  sa.Column("id", sa.Integer(), { nullable: false }),
  sa.Column("room_id", sa.Integer(), { nullable: false }),
  sa.Column("guest_email", sa.String(120), { nullable: false }),
  sa.Column("nights", sa.Integer(), { nullable: false }),
  sa.PrimaryKeyConstraint("id", { name: "pk_booking" }),
  sa.ForeignKeyConstraint(["room_id"], ["room.id"], { name: "fk_booking_room" }),
  sa.UniqueConstraint("room_id", "guest_email", { name: "uq_booking_room_guest" }),
  sa.CheckConstraint("nights > 0", { name: "ck_booking_nights" }),
);
