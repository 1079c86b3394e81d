// Tests never read the developer's .env and never reach the network by accident.
process.env.DOTENV_CONFIG_PATH = '/nonexistent';
