BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function New-SampleAlbum {
        <# An anonymous album of two fresh anonymous uploads. #>
        Get-SamplePath -Count 2 | Send-ImgurImage | New-ImgurAlbum -Title 'Sample album'
    }
}

Describe 'New-ImgurAlbum' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'creates one album of the anonymous images piped to it and writes it as Imgur has it, with its deletehash' {
        $images = Get-SamplePath -Count 2 | Send-ImgurImage
        Clear-EmulatorRequest

        $created = $images | New-ImgurAlbum -Title 'Holiday' -Description 'Two pictures'

        $created | Should -BeOfType ImgurPS.Models.ImgurAlbum
        $created.AlbumId | Should -Be $created.Id
        $created.Title | Should -Be 'Holiday'
        $created.ImagesCount | Should -Be 2
        # Imgur shows an anonymous album's deletehash only in the answer to its creation; it is kept.
        $created.DeleteHash | Should -Not -BeNullOrEmpty
        $requests = Get-EmulatorRequest
        $requests.method | Should -Be 'POST', 'GET'
        $requests.path | Should -Be '/3/album.json', "/3/album/$($created.Id).json"
        $album = Get-ImgurAlbum $created.AlbumId
        $album.Title | Should -Be 'Holiday'
        $album.Description | Should -Be 'Two pictures'
        $album.Images.Id | Should -Be $images.Id
    }

    It 'creates an empty album' {
        $created = New-ImgurAlbum -Title 'Empty'
        (Get-ImgurAlbum $created.AlbumId).ImagesCount | Should -Be 0
    }

    It 'gives the same result in the XML form' {
        $xml = New-ImgurAlbum -Title 'x' -Format Xml
        $xml.Id | Should -Not -BeNullOrEmpty
        $xml.DeleteHash | Should -Not -BeNullOrEmpty
        $xml.Title | Should -Be 'x'
        (Get-EmulatorRequest).path | Should -Be '/3/album.xml', "/3/album/$($xml.Id).xml"
    }

    It 'sends nothing with -WhatIf' {
        New-ImgurAlbum -Title 'Not made' -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'still writes the id and deletehash when the album cannot be read back after creating it' {
        Add-EmulatorFault -Path '^/3/album/[A-Za-z0-9]+$' -Method GET -Kind status -Status 500 -Message 'Injected failure' -Times 10

        $created = New-ImgurAlbum -Title 'Half' -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurServerError,*'
        $created | Should -BeOfType ImgurPS.Models.ImgurAlbum
        $created.Id | Should -Not -BeNullOrEmpty
        $created.DeleteHash | Should -Not -BeNullOrEmpty
        $created.Title | Should -Be 'Half'
    }

    It 'reports a server failure as an error about the album' {
        Add-EmulatorFault -Path '^/3/album$' -Method POST -Kind status -Status 500 -Message 'Injected failure'

        New-ImgurAlbum -Title 'Broken' -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurServerError,*'
        $failure[0].TargetObject | Should -Be 'Broken'
    }
}

Describe 'Get-ImgurAlbum' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'gets an album with its images, and the albums piped to it by AlbumId' {
        $created = New-SampleAlbum

        $album = Get-ImgurAlbum -AlbumId $created.AlbumId
        $piped = $created | Get-ImgurAlbum

        $album | Should -BeOfType ImgurPS.Models.ImgurAlbum
        $album.Id | Should -Be $created.Id
        $album.ImagesCount | Should -Be 2
        $album.Images | Should -HaveCount 2
        $album.Images | Should -BeOfType ImgurPS.Models.ImgurImage
        $piped.Id | Should -Be $created.Id
    }

    It 'gives the same object in the XML form' {
        $json = Get-ImgurAlbum EmuAlbm -Format Json
        $xml = Get-ImgurAlbum EmuAlbm -Format Xml

        ($xml | ConvertTo-Comparable) | Should -Be ($json | ConvertTo-Comparable)
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/album/EmuAlbm.xml'
    }

    It 'reports an unknown album as ObjectNotFound' {
        Get-ImgurAlbum NoSuchAlbm -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'NoSuchAlbm'
    }
}

Describe 'Set-ImgurAlbum' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'edits an anonymous album through the deletehash New-ImgurAlbum wrote' {
        $created = New-SampleAlbum
        Clear-EmulatorRequest

        $created | Set-ImgurAlbum -Title 'Renamed' -Description 'Changed'

        $request = Get-EmulatorRequest
        $request.method | Should -Be 'PUT'
        $request.path | Should -Be "/3/album/$($created.DeleteHash).json"
        $album = Get-ImgurAlbum $created.AlbumId
        $album.Title | Should -Be 'Renamed'
        $album.Description | Should -Be 'Changed'
    }

    It 'changes several albums given by id, as Get-ImgurAlbum takes them' {
        $null = Connect-TestImgur -AsUser
        $albums = (New-ImgurAlbum -Title 'One'), (New-ImgurAlbum -Title 'Two')
        Clear-EmulatorRequest

        Set-ImgurAlbum -AlbumId $albums.AlbumId -Privacy hidden

        (Get-EmulatorRequest).path | Should -Be ($albums | ForEach-Object { "/3/album/$($_.Id).json" })
        (Get-ImgurAlbum -AlbumId $albums.AlbumId).Privacy | Should -Be 'hidden', 'hidden'
    }

    It 'takes title and description from each piped record, as Import-Csv gives them' {
        $albums = (New-ImgurAlbum -Title 'One'), (New-ImgurAlbum -Title 'Two')
        $csv = Join-Path $TestDrive 'albums.csv'
        $albums | ForEach-Object { [pscustomobject]@{ AlbumId = $_.Id; DeleteHash = $_.DeleteHash; Title = "Album $($_.Id)"; Description = "About $($_.Id)" } } |
            Export-Csv -LiteralPath $csv -NoTypeInformation

        Import-Csv -LiteralPath $csv | Set-ImgurAlbum

        foreach ($album in $albums) {
            $now = Get-ImgurAlbum $album.AlbumId
            $now.Title | Should -Be "Album $($album.Id)"
            $now.Description | Should -Be "About $($album.Id)"
        }
    }

    It 'writes nothing by default, and with -PassThru the album as Imgur now has it, keeping the deletehash' {
        $created = New-SampleAlbum

        $created | Set-ImgurAlbum -Description 'Quiet' | Should -BeNullOrEmpty
        $passed = $created | Set-ImgurAlbum -Title 'Loud' -PassThru

        $passed | Should -BeOfType ImgurPS.Models.ImgurAlbum
        $passed.Id | Should -Be $created.Id
        $passed.Title | Should -Be 'Loud'
        $passed.Description | Should -Be 'Quiet'
        $passed.ImagesCount | Should -Be 2
        $passed.DeleteHash | Should -Be $created.DeleteHash
    }

    It 'edits the signed-in owner''s album by id' {
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest

        Get-ImgurAlbum EmuAlbm | Set-ImgurAlbum -Title 'Owner edit'

        (Get-EmulatorRequest | Where-Object method -EQ 'PUT').path | Should -Be '/3/album/EmuAlbm.json'
        (Get-ImgurAlbum EmuAlbm).Title | Should -Be 'Owner edit'
    }

    It 'sends nothing with -WhatIf' {
        Clear-EmulatorRequest
        Set-ImgurAlbum -DeleteHash 'SomeDeletehash' -Title 'x' -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports an unknown album as ObjectNotFound' {
        Set-ImgurAlbum -DeleteHash 'NoSuchDeletehash' -Title 'x' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Remove-ImgurAlbum' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'deletes what New-ImgurAlbum pipes to it, by deletehash, and keeps the images' {
        $images = Get-SamplePath -Count 2 | Send-ImgurImage
        Clear-EmulatorRequest

        $images | New-ImgurAlbum -Title 'Short-lived' -OutVariable created | Remove-ImgurAlbum -Force

        $delete = Get-EmulatorRequest | Where-Object method -EQ 'DELETE'
        $created | Should -HaveCount 1
        $delete.path | Should -Be "/3/album/$($created.DeleteHash).json"
        Get-ImgurAlbum $created.AlbumId -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        (Get-ImgurImage $images[0].ImageId).Id | Should -Be $images[0].Id
    }

    It 'deletes several albums given by id, or by link' {
        $null = Connect-TestImgur -AsUser
        $albums = 'One', 'Two' | ForEach-Object { New-ImgurAlbum -Title $_ }
        Clear-EmulatorRequest

        Remove-ImgurAlbum -AlbumId $albums[0].AlbumId, "https://imgur.com/a/$($albums[1].AlbumId)" -Confirm:$false

        (Get-EmulatorRequest | Where-Object method -EQ 'DELETE').path | Should -Be ($albums | ForEach-Object { "/3/album/$($_.AlbumId).json" })
    }

    It 'refuses one -DeleteHash with several ids, before sending' {
        Clear-EmulatorRequest
        Remove-ImgurAlbum -AlbumId 'AbC1234', 'DeF5678' -DeleteHash 'xyz' -Force -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurDeleteHashWithManyIds,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        Clear-EmulatorRequest
        Remove-ImgurAlbum -DeleteHash 'SomeDeletehash' -Force -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'is a high-impact delete' {
        (Get-Command Remove-ImgurAlbum).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact |
            Should -Be 'High'
    }

    It 'needs a signed-in user for the account route, before sending' {
        Clear-EmulatorRequest
        { Remove-ImgurAlbum -Username me -AlbumId EmuAlbm -Force -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'deletes through the account route' {
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest

        Remove-ImgurAlbum -Username me -AlbumId EmuAlbm -Force

        (Get-EmulatorRequest).path | Should -Be '/3/account/me/album/EmuAlbm.json'
        Get-ImgurAlbum EmuAlbm -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'reports an unknown album as ObjectNotFound' {
        Remove-ImgurAlbum -DeleteHash 'NoSuchDeletehash' -Force -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'NoSuchDeletehash'
    }
}
