// PDD 多多客服 chat input: a Vue 3 v-model textarea#replyTextarea (render function = what the
// template compiler emits for `<textarea id="replyTextarea" v-model="text">`).
import { createApp, h, ref, vModelText, withDirectives } from 'vue';
import { expose } from './shared';

const text = ref('');
expose({ model: () => text.value });

createApp({
  setup: () => () =>
    h('div', { class: 'chat-input-wrap' }, [
      withDirectives(h('textarea', { id: 'replyTextarea', rows: 4, placeholder: '请输入', 'onUpdate:modelValue': (value: string) => (text.value = value) }), [[vModelText, text.value]]),
      h('button', { class: 'send-btn', type: 'button' }, '发送'),
    ]),
}).mount('#app');
