BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Get-Hash { param([string] $Path) (Get-FileHash -LiteralPath $Path -Algorithm SHA256).Hash }

    # The media requests the emulator saw: those outside its API and control routes.
    function Get-MediaRequest { Get-EmulatorRequest | Where-Object { $_.path -notmatch '^/(3|oauth2|account)/' } }

    function New-LargeImage {
        <# A PNG of about -Megabytes MB (the sample with filler), for a download that takes a while. #>
        param([string] $Path, [int] $Megabytes)
        $png = [System.IO.File]::ReadAllBytes((Get-SamplePath -Count 1))
        [System.IO.File]::WriteAllBytes($Path, $png + [byte[]]::new($Megabytes * 1MB))
        $Path
    }
}

Describe 'Save-ImgurImage' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        $out = Join-Path $TestDrive ([guid]::NewGuid())
    }

    It 'saves 30 uploaded files back byte for byte, in input order, and a second run skips all 30 without a request' {
        $sources = @(New-TestImage -Folder (Join-Path $TestDrive 'thirty') -Count 30)
        $uploaded = @($sources | Send-ImgurImage)

        $saved = @($uploaded | Save-ImgurImage -Destination $out)

        $saved | Should -HaveCount 30
        $saved[0] | Should -BeOfType ImgurPS.Models.ImgurSavedFile
        $saved.Id | Should -Be $uploaded.Id
        $saved.Status | Sort-Object -Unique | Should -Be 'Saved'
        foreach ($index in 0..29) {
            $saved[$index].Path | Should -Be (Join-Path $out "$($uploaded[$index].Id).png")
            Get-Hash $saved[$index].Path | Should -Be (Get-Hash $sources[$index])
            $saved[$index].Size | Should -Be (Get-Item $sources[$index]).Length
        }
        @(Get-ChildItem -LiteralPath $out -Force) | Should -HaveCount 30 -Because 'no temporary file is left behind'

        Clear-EmulatorRequest
        $again = @($uploaded | Save-ImgurImage -Destination $out)

        $again | Should -HaveCount 30
        $again.Status | Sort-Object -Unique | Should -Be 'Skipped'
        $again.Path | Should -Be $saved.Path
        @(Get-MediaRequest) | Should -HaveCount 0
    }

    It 'says in -Verbose where each file came from, and why one was skipped' {
        $uploaded = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        $path = Join-Path $out "$($uploaded.Id).png"

        $first = @(Save-ImgurImage -InputObject $uploaded -Destination $out -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $second = @(Save-ImgurImage -InputObject $uploaded -Destination $out -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })

        $first.Message | Should -Contain "$($uploaded.Id): saved $((Get-Item $path).Length) bytes from $($uploaded.Link) to '$path'."
        $second.Message | Should -Contain "$($uploaded.Id): '$path' is there already, with the expected size; skipped."
    }

    It 'takes ids and links, asks the API for an id, and sends no credential to the media host' {
        $null = Connect-TestImgur -AsUser
        $uploaded = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        Clear-EmulatorRequest

        $byId = Save-ImgurImage -ImageId $uploaded.Id -Destination (Join-Path $out 'id')
        $byLink = [pscustomobject]@{ Id = $uploaded.Id; Link = $uploaded.Link } | Save-ImgurImage -Destination (Join-Path $out 'link')

        $byId.Status | Should -Be 'Saved'
        $byLink.Status | Should -Be 'Saved'
        Get-Hash $byLink.Path | Should -Be (Get-Hash (Get-SamplePath -Count 1))
        $requests = @(Get-EmulatorRequest)
        @($requests | Where-Object path -Like '/3/*').Count | Should -Be 1 -Because 'only the id needs the API'
        $media = @(Get-MediaRequest)
        $media | Should -HaveCount 2
        $media.auth | Sort-Object -Unique | Should -Be 'none'
        $media.commercial | Sort-Object -Unique | Should -BeFalse
    }

    It 'reports a removed image as not found, and saves nothing, not even the placeholder' {
        $uploaded = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        Remove-ImgurImage -DeleteHash $uploaded.DeleteHash -Confirm:$false

        $result = $uploaded | Save-ImgurImage -Destination $out -ErrorVariable failures -ErrorAction SilentlyContinue

        $result.Status | Should -Be 'Failed'
        $result.Error | Should -BeLike '*removed*'
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ImgurMediaRemoved*'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be $uploaded.Id
        @(Get-ChildItem -LiteralPath $out -Force) | Should -HaveCount 0
    }

    It 'refuses a link to another host before any request, and goes on with the next item' {
        $uploaded = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        Clear-EmulatorRequest
        $items = [pscustomobject]@{ Id = 'AbC1234'; Link = 'https://example.com/AbC1234.png' }, [pscustomobject]@{ Id = $uploaded.Id; Link = $uploaded.Link }

        $results = @($items | Save-ImgurImage -Destination $out -ErrorVariable failures -ErrorAction SilentlyContinue)

        $results.Status | Should -Be 'Failed', 'Saved'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ImgurMediaHostRefused*'
        $failures[0].Exception.Message | Should -BeLike '*example.com*nothing was requested*'
        @(Get-MediaRequest) | Should -HaveCount 1
    }

    It 'refuses a link with a password, and repeats it neither in the error nor in the report' {
        $item = [pscustomobject]@{ Id = 'AbC1234'; Link = 'https://alice:hunter22@i.imgur.com/AbC1234.png' }

        $result = $item | Save-ImgurImage -Destination $out -ErrorVariable failures -ErrorAction SilentlyContinue

        $result.Status | Should -Be 'Failed'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ImgurMediaHostRefused*'
        ($result | ConvertTo-Json) + $failures[0].ToString() + $failures[0].Exception.Message | Should -Not -BeLike '*hunter22*'
        $result.Link | Should -Be 'https://i.imgur.com/AbC1234.png'
    }

    It 'leaves no partial file under a final name when stopped mid-download' {
        $uploaded = Send-ImgurImage -Path (New-LargeImage -Path (Join-Path $TestDrive 'large.png') -Megabytes 8)
        Add-EmulatorFault -Path "^/$($uploaded.Id)\.png$" -Kind hold -DelayMs 30000
        $shell = [powershell]::Create()
        $null = $shell.AddScript("Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; `$args[0] | Save-ImgurImage -Destination '$out'").AddArgument($uploaded)
        $running = $shell.BeginInvoke()
        $deadline = (Get-Date).AddSeconds(20)
        while ((Get-Date) -lt $deadline -and -not @(Get-ChildItem -LiteralPath $out -Force -Filter '*.part' -ErrorAction Ignore | Where-Object Length -GT 0)) { Start-Sleep -Milliseconds 50 }
        @(Get-ChildItem -LiteralPath $out -Force -Filter '*.part') | Should -HaveCount 1 -Because 'half the file has arrived in a temporary file'

        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $shell.Stop()
        $clock.Stop()

        $clock.Elapsed.TotalSeconds | Should -BeLessThan 3
        $running.IsCompleted | Should -BeTrue
        @(Get-ChildItem -LiteralPath $out -Force) | Should -HaveCount 0 -Because 'neither the final name nor the temporary file is left'
        $shell.Dispose()
    }

    It 'keeps the progress of a slow first download, and completes the bars of those done behind it' {
        $uploaded = @(Get-SamplePath -Count 2 | Send-ImgurImage)
        # Each sends half its file, then waits: the first long, the second briefly.
        Add-EmulatorFault -Path "^/$($uploaded[0].Id)\.png$" -Kind hold -DelayMs 10000
        Add-EmulatorFault -Path "^/$($uploaded[1].Id)\.png$" -Kind hold -DelayMs 1000
        $shell = [powershell]::Create()
        $null = $shell.AddScript("Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; `$args[0] | Save-ImgurImage -Destination '$out'").AddArgument($uploaded)
        $running = $shell.BeginInvoke()
        $deadline = (Get-Date).AddSeconds(8)
        $batch = { @($shell.Streams.Progress | Where-Object ActivityId -EQ 1)[-1].StatusDescription }
        while ((Get-Date) -lt $deadline -and -not (Test-Path -LiteralPath (Join-Path $out "$($uploaded[1].Id).png"))) { Start-Sleep -Milliseconds 50 }
        Start-Sleep -Milliseconds 600

        $second = @($shell.Streams.Progress | Where-Object Activity -EQ "Saving $($uploaded[1].Id)")
        $first = @($shell.Streams.Progress | Where-Object Activity -EQ "Saving $($uploaded[0].Id)")
        $secondDone = $second.Count -gt 0 -and $second[-1].RecordType -eq 'Completed'
        $firstShown = $first.Count -gt 0 -and $first[-1].RecordType -eq 'Processing'
        $status = & $batch
        $shell.Stop()
        $shell.Dispose()

        $running.IsCompleted | Should -BeTrue
        $secondDone | Should -BeTrue -Because 'the bar of a download done behind a slow one is completed at once'
        $firstShown | Should -BeTrue -Because 'the slow download still shows its bar'
        $status | Should -BeLike '*1 saved*1 in progress*/s'
        "Saving from Imgur [$status]".Length | Should -BeLessOrEqual 80 -Because 'the counts and the rate fit an 80-column progress line'
    }

    It 'lists what it would save with -WhatIf, and saves nothing' {
        $uploaded = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        Clear-EmulatorRequest

        $result = $uploaded | Save-ImgurImage -Destination $out -Archive (Join-Path $out 'archive.txt') -WhatIf

        $result | Should -BeNullOrEmpty
        Test-Path -LiteralPath $out | Should -BeFalse
        @(Get-MediaRequest) | Should -HaveCount 0
    }

    It 'leaves an -Archive as it is with -WhatIf, and shows what it lists as skipped' {
        $uploaded = @(Get-SamplePath -Count 2 | Send-ImgurImage)
        $archive = Join-Path $TestDrive 'edited.txt'
        # Edited by hand, without a line break after the last id.
        [System.IO.File]::WriteAllText($archive, $uploaded[0].Id)

        $result = @($uploaded | Save-ImgurImage -Destination $out -Archive $archive -WhatIf)

        [System.IO.File]::ReadAllText($archive) | Should -BeExactly $uploaded[0].Id
        $result.Status | Should -Be 'Skipped'
    }

    It 'skips the ids an -Archive lists, and records each one it saves' {
        $uploaded = @(Get-SamplePath -Count 3 | Send-ImgurImage)
        $archive = Join-Path $TestDrive 'archive.txt'

        $first = @($uploaded | Save-ImgurImage -Destination $out -Archive $archive)
        Remove-Item -LiteralPath $out -Recurse
        Clear-EmulatorRequest
        $second = @($uploaded | Save-ImgurImage -Destination $out -Archive $archive)

        $first.Status | Sort-Object -Unique | Should -Be 'Saved'
        Get-Content -LiteralPath $archive | Sort-Object | Should -Be ($uploaded.Id | Sort-Object)
        $second.Status | Sort-Object -Unique | Should -Be 'Skipped'
        @(Get-ChildItem -LiteralPath $out -Force) | Should -HaveCount 0
        @(Get-MediaRequest) | Should -HaveCount 0
    }

    It 'refuses an image whose id is not an Imgur id, so that no archive line or name is made of it' {
        # A misbehaving API server's id: a line break would add a line of its choosing to the archive.
        $uploaded = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        $archive = Join-Path $TestDrive 'ids.txt'
        $forged = foreach ($id in "Ab`nCd", '../Ab') {
            $image = [ImgurPS.Models.ImgurImage]::new()
            $image.Id = $id
            $image.Link = $uploaded.Link
            $image
        }
        Clear-EmulatorRequest

        $results = @($forged + $uploaded | Save-ImgurImage -Destination $out -Archive $archive -ErrorVariable failures -ErrorAction SilentlyContinue)

        $results.Status | Should -Be 'Failed', 'Failed', 'Saved'
        $failures | Should -HaveCount 2
        $failures.FullyQualifiedErrorId | ForEach-Object { $_ | Should -BeLike 'ImgurMediaIdInvalid*' }
        $failures[1].Exception.Message | Should -BeLike "*'../Ab'*letters and digits*"
        Get-Content -LiteralPath $archive | Should -Be $uploaded.Id
        @(Get-ChildItem -LiteralPath $out -Force).Name | Should -Be "$($uploaded.Id).png"
        @(Get-MediaRequest) | Should -HaveCount 1
    }

    It 'names files from -NameTemplate, safe on every system, and never overwrites another item or a foreign file' {
        # CON is a device on Windows, whatever the extension: the name gets a leading _ everywhere.
        $uploaded = @(Get-SamplePath -Count 3 | Send-ImgurImage -Title 'CON')
        $null = New-Item -ItemType Directory -Path $out
        Set-Content -LiteralPath (Join-Path $out '_CON.png') -Value 'a file of the user'

        $saved = @($uploaded | Save-ImgurImage -Destination $out -NameTemplate '{title}{ext}')
        $dated = Save-ImgurImage -InputObject $uploaded[0] -Destination $out -NameTemplate 'a/b: {datetime} {id}?{ext}'

        Split-Path -Leaf $saved.Path | Should -Be '_CON (2).png', '_CON (3).png', '_CON (4).png'
        Get-Content -LiteralPath (Join-Path $out '_CON.png') | Should -Be 'a file of the user'
        Split-Path -Leaf $dated.Path | Should -Be ('a_b_ {0:yyyy-MM-dd_HH-mm-ss} {1}_.png' -f $uploaded[0].Datetime.UtcDateTime, $uploaded[0].Id)
        $again = @($uploaded | Save-ImgurImage -Destination $out -NameTemplate '{title}{ext}')
        $again.Status | Sort-Object -Unique | Should -Be 'Skipped'
        $again.Path | Should -Be $saved.Path
    }

    It 'shows at 80 columns the whole path of a file saved under the current folder, relative to it' {
        $uploaded = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        $null = New-Item -ItemType Directory -Path $out
        Push-Location -LiteralPath $out
        try {
            $saved = Save-ImgurImage -InputObject $uploaded -Destination './backups/2026-12'
            $table = $saved | Format-Table | Out-String -Width 80
        }
        finally {
            Pop-Location
        }

        $shown = [System.IO.Path]::Combine('backups', '2026-12', "$($uploaded.Id).png")
        $table | Should -BeLike "*$shown*"
        $saved.Path | Should -Be (Join-Path $out $shown) -Because 'the object keeps the full path'
    }

    It 'wraps a path longer than the table is wide instead of cutting off the file name' {
        $uploaded = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        $deep = Join-Path $out 'an album with a long title that fills the line/and a folder inside it'
        $saved = Save-ImgurImage -InputObject $uploaded -Destination $deep

        $lines = ($saved | Format-Table | Out-String -Width 80) -split '\r?\n'

        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        ($lines -join '') -replace '\s', '' | Should -BeLike "*$($uploaded.Id).png*" -Because 'the file name is the part of the path a person looks for'
    }

    It 'refuses an album piped to it, whose Link is a page, and names Save-ImgurAlbum' {
        $uploaded = @(Get-SamplePath -Count 1 | Send-ImgurImage)
        $album = New-ImgurAlbum -ImageDeleteHash $uploaded.DeleteHash
        Clear-EmulatorRequest

        $result = Get-ImgurAlbum -AlbumId $album.Id | Save-ImgurImage -Destination $out -ErrorVariable failures -ErrorAction SilentlyContinue

        $result.Status | Should -Be 'Failed'
        $failures[0].Exception.Message | Should -BeLike "*is a page, not an image file*Save-ImgurAlbum -AlbumId $($album.Id)*"
        $failures[0].Exception.Message | Should -Not -BeLike "*i.imgur.com/$($album.Id)*" -Because "the album's id is no image's, so its direct link would only find removed.png"
        @(Get-MediaRequest) | Should -HaveCount 0
        @(Get-ChildItem -LiteralPath $out -Force) | Should -HaveCount 0
    }

    It 'refuses a template with an unknown field before saving anything' {
        { Save-ImgurImage -ImageId EmuImg1 -Destination $out -NameTemplate '{name}{ext}' -ErrorAction Stop } |
            Should -Throw -ErrorId 'ImgurNameTemplateInvalid,ImgurPS.Commands.Image.SaveImgurImageCommand'
    }

    It 'saves a thumbnail as JPEG and the seeded gallery media as files of their stated type and size' {
        $gallery = Get-ImgurImage -ImageId EmuImg1, EmuImg2

        $thumbnail = Save-ImgurImage -ImageId EmuImg1 -Variant ThumbnailMedium -Destination $out
        $originals = @($gallery | Save-ImgurImage -Destination $out)

        $thumbnail.Path | Should -BeLike '*EmuImg1.jpg'
        [System.IO.File]::ReadAllBytes($thumbnail.Path)[0..2] | Should -Be 0xFF, 0xD8, 0xFF
        $originals.Size | Should -Be $gallery.Size
        $originals.Path | ForEach-Object { (Get-Item -LiteralPath $_).Length } | Should -Be $gallery.Size
        [System.IO.File]::ReadAllBytes($originals[0].Path)[1..3] | Should -Be ([byte[]][char[]]'PNG')
    }

    It 'refuses -Variant Mp4 for a still image' {
        $result = Save-ImgurImage -ImageId EmuImg1 -Variant Mp4 -Destination $out -ErrorVariable failures -ErrorAction SilentlyContinue

        $result.Status | Should -Be 'Failed'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ImgurMediaVariantMissing*'
    }

    It 'writes a report that Export-Csv takes, and that can be piped back in' {
        $uploaded = @(Get-SamplePath -Count 2 | Send-ImgurImage)
        $report = Join-Path $TestDrive 'report.csv'

        $uploaded | Save-ImgurImage -Destination $out | Export-Csv -LiteralPath $report
        $again = @(Import-Csv -LiteralPath $report | Save-ImgurImage -Destination $out)

        (Import-Csv -LiteralPath $report).Status | Should -Be 'Saved', 'Saved'
        $again.Status | Should -Be 'Skipped', 'Skipped'
    }

    It 'retries the failed rows of a report, which have no link, by their ids' {
        $uploaded = @(Get-SamplePath -Count 2 | Send-ImgurImage)
        $report = Join-Path $TestDrive 'failed.csv'
        # The first failed (the emulator was down, say), so its row has no path and no link.
        $uploaded | Save-ImgurImage -Destination $out | Export-Csv -LiteralPath $report
        $rows = @(Import-Csv -LiteralPath $report)
        $rows[0].Status = 'Failed'
        $rows[0].Link = ''
        Remove-Item -LiteralPath $out -Recurse

        $retried = @($rows | Where-Object Status -EQ 'Failed' | Save-ImgurImage -Destination $out)
        $all = @($rows | Save-ImgurImage -Destination $out)

        $retried.Status | Should -Be 'Saved'
        $retried.Id | Should -Be $uploaded[0].Id
        $all.Status | Should -Be 'Skipped', 'Saved'
    }
}

Describe 'Save-ImgurAlbum' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        $out = Join-Path $TestDrive ([guid]::NewGuid())
    }

    It 'saves an album into a folder of its own, numbered in album order' {
        $sources = @(New-TestImage -Folder (Join-Path $TestDrive 'album') -Count 5)
        $uploaded = @($sources | Send-ImgurImage)
        # The album's order is not the upload order.
        $order = 3, 0, 4, 1, 2
        $created = New-ImgurAlbum -Title 'Trip: day 1' -ImageDeleteHash ($order | ForEach-Object { $uploaded[$_].DeleteHash })

        $saved = @(Get-ImgurAlbum -AlbumId $created.Id | Save-ImgurAlbum -Destination $out)

        $folder = Join-Path $out "Trip_ day 1 ($($created.Id))"
        $saved.Path | Should -Be ($order | ForEach-Object -Begin { $n = 0 } -Process { $n++; Join-Path $folder ('{0:d3}-{1}.png' -f $n, $uploaded[$_].Id) })
        $saved.AlbumId | Sort-Object -Unique | Should -Be $created.Id
        foreach ($index in 0..4) {
            Get-Hash $saved[$index].Path | Should -Be (Get-Hash $sources[$order[$index]])
        }
    }

    It 'takes album ids and links, and reports an unknown album without stopping' {
        $uploaded = @(Get-SamplePath -Count 2 | Send-ImgurImage)
        $created = New-ImgurAlbum -ImageDeleteHash $uploaded.DeleteHash

        $saved = @(Save-ImgurAlbum -AlbumId 'Nope123', "https://imgur.com/a/$($created.Id)" -Destination $out -ErrorVariable failures -ErrorAction SilentlyContinue)

        $saved.Status | Should -Be 'Failed', 'Saved', 'Saved'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Split-Path -Leaf (Split-Path -Parent $saved[1].Path) | Should -Be $created.Id
    }

    It 'reports an album whose folder cannot be made, and goes on with the next album' {
        $uploaded = @(Get-SamplePath -Count 2 | Send-ImgurImage)
        $blocked = New-ImgurAlbum -ImageDeleteHash $uploaded[0].DeleteHash
        $open = New-ImgurAlbum -ImageDeleteHash $uploaded[1].DeleteHash
        $null = New-Item -ItemType Directory -Path $out
        Set-Content -LiteralPath (Join-Path $out $blocked.Id) -Value 'a file of the user, where the folder would go'

        $saved = @(Save-ImgurAlbum -AlbumId $blocked.Id, $open.Id -Destination $out -ErrorVariable failures -ErrorAction SilentlyContinue)

        $saved.Status | Should -Be 'Failed', 'Saved'
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ImgurMediaWriteFailed*'
        $failures[0].Exception.Message | Should -BeLike "*$(Join-Path $out $blocked.Id)*"
        Get-Content -LiteralPath (Join-Path $out $blocked.Id) | Should -Be 'a file of the user, where the folder would go'
    }
}

Describe 'The emulator''s media host' {
    BeforeAll {
        Reset-Emulator
        $media = ([uri](Get-EmulatorUri)).GetLeftPart('Authority')
    }

    It 'serves what it links without credentials and without rate-limit headers' {
        $null = Connect-TestImgur
        $image = Get-ImgurImage -ImageId EmuImg1

        $answer = Invoke-WebRequest -Uri $image.Link -SkipHttpErrorCheck

        $image.Link | Should -Be "$media/EmuImg1.png"
        $answer.StatusCode | Should -Be 200
        $answer.Headers['Content-Type'] | Should -Be 'image/png'
        $answer.RawContentLength | Should -Be $image.Size
        @($answer.Headers.Keys -like 'X-RateLimit-*') | Should -HaveCount 0
        @($answer.Headers.Keys -like 'X-Post-Rate-Limit-*') | Should -HaveCount 0
    }

    It 'answers an id it does not have with a redirect to /removed.png, which is a PNG' {
        $redirect = Invoke-WebRequest -Uri "$media/Missing1.png" -MaximumRedirection 0 -SkipHttpErrorCheck -ErrorAction SilentlyContinue
        $placeholder = Invoke-WebRequest -Uri "$media/removed.png" -SkipHttpErrorCheck

        $redirect.StatusCode | Should -Be 302
        "$($redirect.Headers['Location'])" | Should -Be "$media/removed.png"
        $placeholder.StatusCode | Should -Be 200
        $placeholder.Headers['Content-Type'] | Should -Be 'image/png'
    }

    It 'serves the MP4 and GIFV of an animation, and thumbnails as JPEG (Q27)' {
        $mp4 = Invoke-WebRequest -Uri "$media/EmuImg3.mp4" -SkipHttpErrorCheck
        $gifv = Invoke-WebRequest -Uri "$media/EmuImg3.gifv" -SkipHttpErrorCheck
        $square = Invoke-WebRequest -Uri "$media/EmuImg1s.jpg" -SkipHttpErrorCheck
        $still = Invoke-WebRequest -Uri "$media/EmuImg1.mp4" -MaximumRedirection 0 -SkipHttpErrorCheck -ErrorAction SilentlyContinue

        $mp4.Headers['Content-Type'] | Should -Be 'video/mp4'
        [System.Text.Encoding]::ASCII.GetString($mp4.Content, 4, 4) | Should -Be 'ftyp'
        $gifv.Content | Should -BeLike '*<video src="EmuImg3.mp4"*'
        $square.Headers['Content-Type'] | Should -Be 'image/jpeg'
        $square.Content[0..1] | Should -Be 0xFF, 0xD8
        $still.StatusCode | Should -Be 302 -Because 'a still image has no MP4'
    }
}
