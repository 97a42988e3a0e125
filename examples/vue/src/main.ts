import { createApp } from 'vue';
import 'vonage-video-room'; // defines <video-room> before the app renders
import type {} from 'vonage-video-room/vue'; // types <video-room> in templates (vue-tsc, editors)
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
