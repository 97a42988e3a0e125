// Angular in JIT mode: templates are compiled in the browser by @angular/compiler, so this
// example builds with plain Vite. An Angular CLI (AOT) app uses the component as it is.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';
import './app.css';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => {
  document.body.textContent = `The app could not start: ${String(error)}`;
});
