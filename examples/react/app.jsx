import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'news-timeline/news-timeline.js';

function App() {
  const [timeline, setTimeline] = useState(null);
  const [selected, setSelected] = useState('');
  const ref = useRef(null);

  useEffect(() => {
    fetch('../../src/data/static/iraq-2014.json')
      .then((response) => response.json())
      .then(setTimeline);
  }, []);

  // React 19 sets `timeline` as a property because the element defines it; events are DOM events.
  useEffect(() => {
    const element = ref.current;
    const onSelect = (event) => setSelected(event.detail.event?.headline ?? '');
    element.addEventListener('news-timeline-select', onSelect);
    return () => element.removeEventListener('news-timeline-select', onSelect);
  }, []);

  return (
    <>
      <h1>{timeline ? timeline.title : 'Loading…'}</h1>
      <news-timeline ref={ref} timeline={timeline ?? undefined}></news-timeline>
      <p id="selected" aria-live="polite">
        {selected ? `Selected: ${selected}` : 'Nothing selected yet.'}
      </p>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
