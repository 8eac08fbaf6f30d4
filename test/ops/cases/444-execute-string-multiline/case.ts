await op.execute(
  "\nCREATE FUNCTION touch() RETURNS trigger AS $$\nBEGIN\n    NEW.updated_at = now();\n    RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql\n",
);
