import { createApp } from 'vue';

const app = createApp({
  data: () => ({ timeline: null, selected: '' }),
  async mounted() {
    const response = await fetch('../../src/data/static/iraq-2014.json');
    this.timeline = await response.json();
  },
  methods: {
    onSelect(event) {
      this.selected = event.detail.event?.headline ?? '';
    },
  },
});
// The news-* tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('news-');
app.mount('#app');
