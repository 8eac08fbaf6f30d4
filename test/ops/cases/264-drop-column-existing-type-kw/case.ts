await op.dropColumn("account", "mood", { existingType: sa.Enum("happy", "sad", { name: "mood" }) });
