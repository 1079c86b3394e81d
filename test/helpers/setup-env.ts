// Tests never read the developer's .env and never reach the network by accident.
process.env.DOTENV_CONFIG_PATH = '/nonexistent';
// Every suite, not only those that start the app: restify's deprecation warning stays out of the output.
import './quiet-node';
