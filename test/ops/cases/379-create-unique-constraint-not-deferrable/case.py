op.create_unique_constraint("uq_slot", "slot", ["pos"], deferrable=False)
