// telegram-test-api with the corrections listed in shared/notes/telegram-emulator.md, so that a
// python-telegram-bot 22 bot runs against it as against the real Bot API.
// Usage: node emulator.js PORT   (prints READY when listening on 127.0.0.1:PORT)
const routes = require('telegram-test-api/lib/routes/index').routes;
const { handle } = require('telegram-test-api/lib/routes/bot/utils');
const TelegramServer = require('telegram-test-api');

const now = () => Math.floor(Date.now() / 1000);
const botUser = { id: 666, is_bot: true, first_name: 'Keqing', username: 'KeqingTestBot' };

const editedMessage = (body) => ({
  message_id: Number(body.message_id),
  date: now(),
  chat: { id: Number(body.chat_id), type: 'private' },
  from: botUser,
  text: body.text || '',
});

function fixes(app, server) {
  handle(app, '/bot:token/getMe', (_req, res) => res.sendResult({ ok: true, result: botUser }));
  handle(app, '/bot:token/sendMessage', (req, res) => {
    const message = server.addBotMessage(req.body, req.params.token);
    res.sendResult({ ok: true, result: { ...message, from: botUser, date: Math.floor(message.date / 1000) } });
  });
  handle(app, '/bot:token/editMessageText', (req, res) => {
    server.editMessageText(req.body);
    res.sendResult({ ok: true, result: editedMessage(req.body) });
  });
  handle(app, '/bot:token/editMessageReplyMarkup', (req, res) => {
    server.editMessageReplyMarkup(req.body);
    res.sendResult({ ok: true, result: editedMessage(req.body) });
  });
  for (const method of ['sendChatAction', 'setMyCommands', 'deleteMyCommands']) {
    handle(app, `/bot:token/${method}`, (_req, res) => res.sendResult({ ok: true, result: true }));
  }
}
routes.unshift(fixes);

const formatUpdate = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = (update) => {
  const formatted = formatUpdate(update);
  if (formatted.callback_query) {
    formatted.callback_query.chat_instance = String(update.callbackQuery.chat_instance || '1');
  }
  return formatted;
};

const server = new TelegramServer({ port: Number(process.argv[2] || 9000), host: '127.0.0.1', storeTimeout: 600 });
server.start().then(() => console.log('READY'));
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
