CREATE TABLE IF NOT EXISTS floor_item (id uuid PRIMARY KEY, title text NOT NULL);
