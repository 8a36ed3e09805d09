SELECT id
  FROM public.events
  WHERE note <> $$<<secret:env:X>>$$
