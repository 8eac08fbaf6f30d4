op.create_table(
    "slot",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("pos", sa.Integer()),
    sa.UniqueConstraint("pos", name="uq_slot_pos", deferrable=True, initially="DEFERRED"),
)
